using Modular.Shared.Kernel.Text;

namespace Modular.Shared.Application.Specifications;

/// <summary>
/// Text functions a query runs in the database (every module's context maps them: <c>ModuleDbContext</c>). A
/// case-insensitive search compares a column and a term folded by the same function in the same place: the database's
/// <c>lower()</c> differs from .NET's lower-casing ("İ" is "i" there and stays "İ" in .NET's invariant mapping), so a term
/// folded in .NET would miss a name written exactly as stored.
/// </summary>
public static class DatabaseText
{
    /// <summary>
    /// SQL <c>translate(lower(text), Variants, Standard)</c>: the database's lower-casing, then the lower-case letters that
    /// equal another without case folded to it (<see cref="CaseFolding.Variants"/>: final "ς" is "σ", "ſ" is "s"), so that
    /// "ΟΔΥΣΣΕΥΣ" finds "Οδυσσευς" as "odysseus" finds "Odysseus". An index that serves a search is built on this exact
    /// expression. Only meaningful inside a query the database runs; called anywhere else it throws.
    /// </summary>
    public static string Fold(string text) =>
        throw new NotSupportedException($"{nameof(DatabaseText)}.{nameof(Fold)} runs in the database only; got '{text}'.");
}
