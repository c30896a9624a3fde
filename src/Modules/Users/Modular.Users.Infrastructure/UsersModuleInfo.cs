namespace Modular.Users.Infrastructure;

internal static class UsersModuleInfo
{
    public const string Name = "users";

    /// <summary>Every table of the module lives in this PostgreSQL schema, and only the module touches it.</summary>
    public const string Schema = "users";
}
