namespace Modular.Shared.Web.Parameters;

/// <summary>An optional header of one value, 1..<see cref="MaxLength"/> characters matching <see cref="Pattern"/>.</summary>
public sealed record TextHeaderParameter(string Name, string Description, int MaxLength, string Pattern)
    : DeclaredParameter(Name, Description);
