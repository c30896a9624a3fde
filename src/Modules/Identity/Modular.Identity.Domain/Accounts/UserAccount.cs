using Modular.Shared.Kernel.Domain;
using Modular.Shared.Kernel.Identifiers;
using Modular.Shared.Kernel.Text;

namespace Modular.Identity.Domain.Accounts;

/// <summary>
/// The credentials of one person. A deleted user's account is disabled, never removed: the row keeps the history,
/// while its email is released for a new registration (uniqueness only binds accounts that are not disabled).
/// </summary>
public sealed class UserAccount : AggregateRoot<Guid>
{
    private UserAccount(Guid id, string name, string email, string passwordHash, string[] roles, DateTimeOffset createdAt)
        : base(id)
    {
        Name = name;
        Email = email;
        PasswordHash = passwordHash;
        Roles = roles;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public string Name { get; private set; }

    /// <summary>Always in <see cref="EmailAddress.Normalize"/> form.</summary>
    public string Email { get; private set; }

    public string PasswordHash { get; private set; }

    public string[] Roles { get; private set; }

    /// <summary>
    /// Grows by one with every change of <see cref="Roles"/>. An access token carries the version it was issued with, and
    /// one issued before the latest change is refused, so a demotion is felt at once instead of at the token's expiry
    /// (ADR 0041).
    /// </summary>
    public int RolesVersion { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsDisabled => DisabledAt is not null;

    public static UserAccount Register(string name, string email, string passwordHash, DateTimeOffset now) =>
        Create(name, email, passwordHash, [AccountRoles.User], now);

    /// <summary>The administrator configured for the deployment: an ordinary registration that also holds <c>admin</c>.</summary>
    public static UserAccount RegisterAdministrator(string name, string email, string passwordHash, DateTimeOffset now) =>
        Create(name, email, passwordHash, [AccountRoles.User, AccountRoles.Admin], now);

    public bool CanSignIn => !IsDisabled;

    public bool IsAdministrator => Roles.Contains(AccountRoles.Admin, StringComparer.Ordinal);

    /// <summary>
    /// Whether replacing the role set with <paramref name="roles"/> takes <c>admin</c> away from this account: allowed
    /// only while another active administrator remains (the deployment must keep one; the handler checks it under lock).
    /// </summary>
    public bool WouldLoseAdministration(IEnumerable<string> roles) =>
        IsAdministrator && !AccountRoles.Normalize(roles).Contains(AccountRoles.Admin, StringComparer.Ordinal);

    /// <summary>Replaces the role set; <c>user</c> is always kept. Returns false (and raises nothing) when nothing changed.</summary>
    public bool ChangeRoles(IEnumerable<string> roles, DateTimeOffset now)
    {
        var normalized = AccountRoles.Normalize(roles);
        if (normalized.SequenceEqual(Roles, StringComparer.Ordinal))
        {
            return false;
        }

        Roles = normalized;
        RolesVersion++;
        UpdatedAt = now;
        Raise(new UserRolesChangedDomainEvent(Id, normalized, now));
        return true;
    }

    /// <summary>
    /// Login cannot follow the profile to <paramref name="refusedEmail"/> (another account signs in with it): the account
    /// keeps its address and says so, for the profile to show it again.
    /// </summary>
    public void RefuseEmailChange(string refusedEmail, DateTimeOffset now) =>
        Raise(new EmailChangeRefusedDomainEvent(Id, refusedEmail, Email, now));

    /// <summary>Login follows the profile's email. A disabled account keeps the address it had.</summary>
    public bool FollowEmailChange(string newEmail, DateTimeOffset now)
    {
        var normalized = EmailAddress.Normalize(newEmail);
        if (IsDisabled || normalized == Email)
        {
            return false;
        }

        Email = normalized;
        UpdatedAt = now;
        return true;
    }

    /// <summary>The user was deleted: no more sign-ins or refreshes; returns false when it already was disabled.</summary>
    public bool Disable(DateTimeOffset now)
    {
        if (IsDisabled)
        {
            return false;
        }

        DisabledAt = now;
        UpdatedAt = now;
        return true;
    }

    private static UserAccount Create(string name, string email, string passwordHash, string[] roles, DateTimeOffset now)
    {
        var account = new UserAccount(IdGenerator.NewId(now), CanonicalText.Name(name), EmailAddress.Normalize(email), passwordHash, roles, now);
        account.Raise(new UserRegisteredDomainEvent(account.Id, account.Name, account.Email, now));
        return account;
    }
}
