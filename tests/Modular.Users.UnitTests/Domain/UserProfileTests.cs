using Modular.Users.Domain.Profiles;
using Modular.Users.Domain.Profiles.Events;

namespace Modular.Users.UnitTests.Domain;

public sealed class UserProfileTests
{
    private static readonly DateTimeOffset Registered = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Registered.AddHours(1);

    [Fact]
    public void Registration_trims_the_name_and_stores_the_canonical_email_without_raising_events()
    {
        var profile = UserProfile.Register(Guid.CreateVersion7(), "  Ada  ", " Ada@Example.COM ", Registered);

        Assert.Equal("Ada", profile.Name);
        Assert.Equal("ada@example.com", profile.Email);
        Assert.Equal("ada@example.com", profile.NormalizedEmail);
        Assert.Equal(Registered, profile.CreatedAt);
        Assert.Equal(Registered, profile.UpdatedAt);
        Assert.Empty(profile.DomainEvents);
    }

    [Theory]
    [InlineData("", "a@example.com")]
    [InlineData("Ada", "not-an-email")]
    public void Registration_refuses_an_invalid_name_or_email(string name, string email) =>
        Assert.Throws<ArgumentException>(() => UserProfile.Register(Guid.CreateVersion7(), name, email, Registered));

    [Fact]
    public void Renaming_raises_profile_updated_only()
    {
        var profile = NewProfile();

        Assert.True(profile.Update(" Grace ", null, Later));

        var updated = Assert.IsType<ProfileUpdated>(Assert.Single(profile.DomainEvents));
        Assert.Equal(new ProfileUpdated(profile.Id, "Grace", "ada@example.com", Later), updated);
        Assert.Equal(Later, profile.UpdatedAt);
        Assert.Equal(Registered, profile.CreatedAt);
    }

    [Fact]
    public void Changing_the_email_raises_profile_updated_and_email_changed()
    {
        var profile = NewProfile();

        Assert.True(profile.Update(null, "Ada@New.example", Later));

        Assert.Equal(
            [new ProfileUpdated(profile.Id, "Ada", "ada@new.example", Later), new EmailChanged(profile.Id, "ada@example.com", "ada@new.example", Later)],
            profile.DomainEvents);
        Assert.Equal("ada@new.example", profile.NormalizedEmail);
    }

    [Fact]
    public void A_change_to_the_same_values_changes_nothing_and_raises_nothing()
    {
        var profile = NewProfile();

        Assert.False(profile.Update("Ada", "ada@example.com", Later));

        Assert.Empty(profile.DomainEvents);
        Assert.Equal(Registered, profile.UpdatedAt);
    }

    [Theory]
    [InlineData("ADA@EXAMPLE.COM")]
    [InlineData(" Ada@Example.com ")]
    public void The_same_address_in_other_letters_is_the_same_email_and_no_change(string email)
    {
        var profile = NewProfile();

        Assert.False(profile.IsDifferentAddress(email));
        Assert.True(profile.IsDifferentAddress("grace@example.com"));
        Assert.False(profile.Update(null, email, Later));
        Assert.Equal("ada@example.com", profile.Email);
        Assert.Empty(profile.DomainEvents);
    }

    [Fact]
    public void Emails_and_names_are_stored_in_their_canonical_forms_whatever_the_composition()
    {
        var profile = UserProfile.Register(Guid.CreateVersion7(), " Jose\u0301 ", "JOSE\u0301@Example.com", Registered);

        Assert.Equal(("Jos\u00e9", "jos\u00e9@example.com", "jos\u00e9@example.com"), (profile.Name, profile.Email, profile.NormalizedEmail));
        Assert.False(profile.Update("Jos\u00e9", "jos\u00e9@example.com", Later));
        Assert.True(profile.Update(null, "Zoe\u0308@example.com", Later));
        Assert.Contains(new EmailChanged(profile.Id, "jos\u00e9@example.com", "zo\u00eb@example.com", Later), profile.DomainEvents);
    }

    [Theory]
    [InlineData("   ", null)]
    [InlineData(null, "two@@example.com")]
    public void An_invalid_change_is_refused_and_leaves_the_profile_untouched(string? name, string? email)
    {
        var profile = NewProfile();

        Assert.Throws<ArgumentException>(() => profile.Update(name, email, Later));

        Assert.Equal("Ada", profile.Name);
        Assert.Equal("ada@example.com", profile.Email);
        Assert.Empty(profile.DomainEvents);
    }

    [Fact]
    public void Deletion_erases_personal_data_releases_the_email_and_raises_profile_deleted()
    {
        var profile = NewProfile();

        profile.Delete(Later);

        Assert.True(profile.IsDeleted);
        Assert.Equal(Later, profile.DeletedAt);
        Assert.Equal(string.Empty, profile.Name);
        Assert.Equal(string.Empty, profile.NormalizedEmail);
        Assert.Equal(new ProfileDeleted(profile.Id, Later), Assert.Single(profile.DomainEvents));
    }

    [Fact]
    public void A_deleted_profile_can_neither_change_nor_be_deleted_again()
    {
        var profile = NewProfile();
        profile.Delete(Later);
        profile.ClearDomainEvents();

        Assert.Throws<InvalidOperationException>(() => profile.Update("Back", null, Later));
        Assert.Throws<InvalidOperationException>(() => profile.Delete(Later));
        Assert.Empty(profile.DomainEvents);
    }

    private static UserProfile NewProfile() => UserProfile.Register(Guid.CreateVersion7(), "Ada", "ada@example.com", Registered);
}
