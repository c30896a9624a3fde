namespace Modular.Shared.Web.Parameters;

/// <summary>An integer query-string parameter of <see cref="Minimum"/>..<see cref="Maximum"/>, <see cref="Default"/> when absent.</summary>
public sealed record IntegerQueryParameter(string Name, string Description, int Minimum, int Maximum, int Default)
    : DeclaredParameter(Name, Description);
