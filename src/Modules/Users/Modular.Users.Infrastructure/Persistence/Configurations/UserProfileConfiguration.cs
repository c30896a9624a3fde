using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Users.Domain.Profiles;

namespace Modular.Users.Infrastructure.Persistence.Configurations;

internal sealed class UserProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public const string TableName = "user_profiles";

    /// <summary>Unique among active profiles only: a deleted profile releases its address (ADR users-deletion-releases-email).</summary>
    public const string UniqueEmailIndex = "ux_user_profiles_normalized_email";

    public const string VersionProperty = "Version";

    public void Configure(EntityTypeBuilder<UserProfile> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(profile => profile.Id);
        builder.Property(profile => profile.Id).ValueGeneratedNever();
        builder.Property(profile => profile.Name).HasMaxLength(ProfileRules.NameMaxLength).IsRequired();
        builder.Property(profile => profile.Email).HasMaxLength(ProfileRules.EmailMaxLength).IsRequired();
        builder.Property(profile => profile.NormalizedEmail).HasMaxLength(ProfileRules.EmailMaxLength).IsRequired();
        builder.Property(profile => profile.CreatedAt).IsRequired();
        builder.Property(profile => profile.UpdatedAt).IsRequired();
        builder.Ignore(profile => profile.IsDeleted);
        builder.Ignore(profile => profile.DomainEvents);

        // PostgreSQL's xmin: two concurrent changes of one profile cannot both win (their events would disagree).
        builder.Property<uint>(VersionProperty).HasColumnName("xmin").IsRowVersion();

        builder.HasIndex(profile => profile.NormalizedEmail)
            .HasDatabaseName(UniqueEmailIndex)
            .IsUnique()
            .HasFilter("deleted_at IS NULL");
        // The admin list's order (created_at, id) over active profiles.
        builder.HasIndex(profile => new { profile.CreatedAt, profile.Id })
            .HasDatabaseName("ix_user_profiles_created_at_id")
            .HasFilter("deleted_at IS NULL");
        // The trigram indexes behind case-insensitive search are created by the migration (expression index on lower(name)).
    }
}
