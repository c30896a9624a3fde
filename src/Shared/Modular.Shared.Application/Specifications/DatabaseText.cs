namespace Modular.Shared.Application.Specifications;

/// <summary>
/// Text functions a query runs in the database (every module's context maps them: <c>ModuleDbContext</c>). A search
/// compares a column lowered by the database's <c>lower()</c> (the form its trigram index holds) with a term, and the
/// term must be lowered by that same function: .NET's <see cref="string.ToLowerInvariant"/> differs from it ("İ" stays
/// "İ" in .NET and is "i" in the database), and a name written as stored would then find nothing.
/// </summary>
public static class DatabaseText
{
    /// <summary>SQL <c>lower(text)</c>. Only meaningful inside a query the database runs; called anywhere else it throws.</summary>
    public static string Lower(string text) =>
        throw new NotSupportedException($"{nameof(DatabaseText)}.{nameof(Lower)} runs in the database only (SQL lower()); got '{text}'.");
}
