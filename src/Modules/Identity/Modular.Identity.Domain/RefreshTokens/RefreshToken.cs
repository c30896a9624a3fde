using Modular.Shared.Kernel.Domain;
using Modular.Shared.Kernel.Identifiers;

namespace Modular.Identity.Domain.RefreshTokens;

/// <summary>
/// One refresh token, stored only as the SHA-256 hash of its secret. Every token descends from one login: that chain
/// is its family. Each refresh uses the token up and issues its successor in the same family.
/// </summary>
public sealed class RefreshToken : Entity<Guid>
{
    private RefreshToken(Guid id, Guid userId, Guid familyId, string tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
        : base(id)
    {
        UserId = userId;
        FamilyId = familyId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid UserId { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>The first token of a new login: it starts a family of its own.</summary>
    public static RefreshToken StartFamily(Guid userId, string tokenHash, DateTimeOffset now, TimeSpan lifetime)
    {
        var id = IdGenerator.NewId(now);
        return new RefreshToken(id, userId, id, tokenHash, now, now + lifetime);
    }

    /// <summary>
    /// Uses this token up and answers its successor: same user, same family, a fresh lifetime. Only an active token
    /// can be rotated; anything else must be refused (and a used one treated as reuse) before getting here.
    /// </summary>
    public RefreshToken Rotate(string successorHash, DateTimeOffset now, TimeSpan lifetime)
    {
        if (StateAt(now) != RefreshTokenState.Active)
        {
            throw new InvalidOperationException($"A {StateAt(now)} refresh token cannot be rotated.");
        }

        UsedAt = now;
        return new RefreshToken(IdGenerator.NewId(now), UserId, FamilyId, successorHash, now, now + lifetime);
    }

    /// <summary>Revocation wins over use, use over expiry: a used token presented again is reuse even after it expired.</summary>
    public RefreshTokenState StateAt(DateTimeOffset now) => this switch
    {
        { RevokedAt: not null } => RefreshTokenState.Revoked,
        { UsedAt: not null } => RefreshTokenState.Used,
        _ when now >= ExpiresAt => RefreshTokenState.Expired,
        _ => RefreshTokenState.Active,
    };
}
