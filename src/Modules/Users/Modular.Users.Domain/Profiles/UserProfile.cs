using Modular.Shared.Kernel.Domain;
using Modular.Users.Domain.Profiles.Events;

namespace Modular.Users.Domain.Profiles;

/// <summary>
/// A user's public profile. Born from the account's registration (its id is the account's id), changed by its owner or
/// an admin, and deleted as a tombstone: the row stays so that a late or replayed registration never brings it back,
/// but its personal data is erased and its email is free for a new account.
/// </summary>
public sealed class UserProfile : AggregateRoot<Guid>
{
    private UserProfile(Guid id, string name, string email, DateTimeOffset createdAt)
        : base(id)
    {
        Name = name;
        Email = email;
        NormalizedEmail = ProfileRules.NormalizeEmail(email);
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public string Name { get; private set; }

    public string Email { get; private set; }

    public string NormalizedEmail { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    public static UserProfile Register(Guid userId, string name, string email, DateTimeOffset registeredAt)
    {
        if (userId == Guid.Empty)
        {
            throw new ArgumentException("A profile needs the id of its account.", nameof(userId));
        }

        return new UserProfile(userId, RequireValidName(name), RequireValidEmail(email), registeredAt);
    }

    /// <summary>True when <paramref name="email"/> differs from the current one in more than letter case.</summary>
    public bool IsDifferentAddress(string email) => ProfileRules.NormalizeEmail(email) != NormalizedEmail;

    /// <summary>
    /// Applies the given changes (null leaves a field as it is). Raises <see cref="ProfileUpdated"/> when anything
    /// changed and <see cref="EmailChanged"/> when the email did; returns whether anything changed.
    /// </summary>
    public bool Update(string? name, string? email, DateTimeOffset now)
    {
        EnsureNotDeleted();
        var newName = name is null ? Name : RequireValidName(name);
        var newEmail = email is null ? Email : RequireValidEmail(email);
        if (newName == Name && newEmail == Email)
        {
            return false;
        }

        var oldEmail = Email;
        Name = newName;
        Email = newEmail;
        NormalizedEmail = ProfileRules.NormalizeEmail(newEmail);
        UpdatedAt = now;
        Raise(new ProfileUpdated(Id, Name, Email, now));
        if (oldEmail != newEmail)
        {
            Raise(new EmailChanged(Id, oldEmail, newEmail, now));
        }

        return true;
    }

    /// <summary>Deletes the profile: its personal data is erased and its email released (ADR users-deletion-releases-email).</summary>
    public void Delete(DateTimeOffset now)
    {
        EnsureNotDeleted();
        Name = string.Empty;
        Email = string.Empty;
        NormalizedEmail = string.Empty;
        DeletedAt = now;
        UpdatedAt = now;
        Raise(new ProfileDeleted(Id, now));
    }

    private void EnsureNotDeleted()
    {
        if (IsDeleted)
        {
            throw new InvalidOperationException($"Profile {Id} is deleted and can no longer change.");
        }
    }

    private static string RequireValidName(string name) =>
        ProfileRules.IsValidName(name)
            ? ProfileRules.NormalizeName(name)
            : throw new ArgumentException($"A name is 1 to {ProfileRules.NameMaxLength} characters after trimming, without control characters.", nameof(name));

    private static string RequireValidEmail(string email) =>
        ProfileRules.IsValidEmail(email)
            ? ProfileRules.NormalizeEmail(email)
            : throw new ArgumentException($"An email is a valid address of at most {ProfileRules.EmailMaxLength} characters.", nameof(email));
}
