using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Infrastructure.Persistence.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public const string TableName = "user_accounts";

    /// <summary>Emails are unique among accounts that are not disabled: deleting a user releases the address.</summary>
    public const string ActiveEmailIndex = "ux_user_accounts_email_active";

    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(account => account.Id);
        builder.Property(account => account.Id).ValueGeneratedNever();
        builder.Property(account => account.Name).HasMaxLength(100).IsRequired();
        builder.Property(account => account.Email).HasMaxLength(EmailAddress.MaxLength).IsRequired();
        builder.Property(account => account.PasswordHash).HasMaxLength(200).IsRequired();
        builder.Property(account => account.Roles).IsRequired();
        // Two concurrent role changes must not both become the same version: the second one's UPDATE matches nothing.
        builder.Property(account => account.RolesVersion).IsConcurrencyToken();
        builder.Property(account => account.CreatedAt).IsRequired();
        builder.Property(account => account.UpdatedAt).IsRequired();
        builder.Ignore(account => account.DomainEvents);
        // The reconciliation of published account states reads the accounts changed since an instant (ADR 0021).
        builder.HasIndex(account => new { account.UpdatedAt, account.Id });
        builder.HasIndex(account => account.Email).IsUnique().HasFilter("disabled_at IS NULL").HasDatabaseName(ActiveEmailIndex);
    }
}
