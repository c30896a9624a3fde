namespace Modular.Identity.Domain.Accounts;

/// <summary>The rule for an account's role set: every account keeps <c>user</c>; only known roles; a fixed order.</summary>
public static class AccountRoles
{
    public const string User = "user";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [User, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    public static string[] Normalize(IEnumerable<string> requested)
    {
        var wanted = requested.ToHashSet(StringComparer.Ordinal);
        wanted.Add(User);
        return [.. All.Where(wanted.Contains)];
    }
}
