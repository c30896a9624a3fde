namespace Modular.Identity.Infrastructure;

internal static class IdentityModuleInfo
{
    public const string Name = "identity";

    /// <summary>Every table of the module lives in this PostgreSQL schema, and only the module touches it.</summary>
    public const string Schema = "identity";
}
