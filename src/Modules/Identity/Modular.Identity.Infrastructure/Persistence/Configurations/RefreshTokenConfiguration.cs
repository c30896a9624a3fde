using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Identity.Domain.RefreshTokens;

namespace Modular.Identity.Infrastructure.Persistence.Configurations;

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public const string TableName = "refresh_tokens";

    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(token => token.Id);
        builder.Property(token => token.Id).ValueGeneratedNever();
        // Hex of SHA-256: the secret itself is never stored.
        builder.Property(token => token.TokenHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(token => token.TokenHash).IsUnique();
        // A rotation updates the used token only if nobody used or revoked it since it was read.
        builder.Property(token => token.UsedAt).IsConcurrencyToken();
        builder.Property(token => token.RevokedAt).IsConcurrencyToken();
        builder.HasIndex(token => token.FamilyId);
        builder.HasIndex(token => token.UserId);
        builder.HasIndex(token => token.ExpiresAt);
        // The reconciliation's read of the logins ended lately (ADR 0044); only revoked rows are in it.
        builder.HasIndex(token => new { token.RevokedAt, token.FamilyId }).HasFilter("revoked_at IS NOT NULL");
    }
}
