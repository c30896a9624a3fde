using Modular.Users.Domain.Profiles;

namespace Modular.Users.UnitTests.Domain;

public sealed class ProfileRulesTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("  padded  ", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("tab\tinside", false)]
    [InlineData(null, false)]
    public void Names_are_1_to_100_characters_after_trimming_without_control_characters(string? name, bool valid) =>
        Assert.Equal(valid, ProfileRules.IsValidName(name));

    [Fact]
    public void A_name_of_100_characters_is_valid_and_101_is_not()
    {
        Assert.True(ProfileRules.IsValidName(new string('n', 100)));
        Assert.False(ProfileRules.IsValidName(new string('n', 101)));
    }

    [Theory]
    [InlineData("a@example.com", true)]
    [InlineData("first.last+tag@sub.example.org", true)]
    [InlineData("no-at.example.com", false)]
    [InlineData("@example.com", false)]
    [InlineData("a@@example.com", false)]
    [InlineData("a@b@example.com", false)]
    [InlineData("a@localhost", false)]
    [InlineData("a@.example.com", false)]
    [InlineData("a@example..com", false)]
    [InlineData("a b@example.com", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Emails_must_look_like_addresses(string? email, bool valid) => Assert.Equal(valid, ProfileRules.IsValidEmail(email));

    [Fact]
    public void An_email_of_254_characters_is_valid_and_255_is_not()
    {
        var longest = $"{new string('a', 67)}@{new string('b', 60)}.{new string('c', 60)}.{new string('d', 60)}.com";

        Assert.Equal(254, longest.Length);
        Assert.True(ProfileRules.IsValidEmail(longest));
        Assert.False(ProfileRules.IsValidEmail("x" + longest));
    }

    [Fact]
    public void Normalization_trims_and_lowercases() => Assert.Equal("ada@example.com", ProfileRules.NormalizeEmail(" Ada@EXAMPLE.com "));
}
