namespace Modular.Identity.Infrastructure.Seeding;

/// <summary>The <c>Identity:Admin</c> section: the administrator seeded at startup when both values are set.</summary>
internal sealed class AdministratorOptions
{
    public const string SectionName = "Identity:Admin";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrEmpty(Password);
}
