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

    [Theory]
    [InlineData("jose\u0301@example.com")]
    [InlineData("JOSE\u0301@Example.COM")]
    [InlineData(" jos\u00e9@example.com ")]
    public void The_canonical_email_is_NFC_then_lower_cased(string email) =>
        Assert.Equal("jos\u00e9@example.com", ProfileRules.NormalizeEmail(email));

    [Fact]
    public void Limits_count_the_stored_NFC_form_which_can_be_longer_than_what_was_typed()
    {
        // 60 x U+0958 is 60 characters typed and 120 stored: over the 100 of a name.
        Assert.False(ProfileRules.IsValidName(new string('\u0958', 60)));
        Assert.True(ProfileRules.IsValidName(new string('\u0958', 50)));
        // 100 decomposed letters (200 characters typed) are 100 stored: a valid name.
        Assert.True(ProfileRules.IsValidName(string.Concat(Enumerable.Repeat("e\u0301", 100))));
        Assert.False(ProfileRules.IsValidEmail($"{new string('\u0958', 124)}@ex.com"));
        Assert.True(ProfileRules.IsValidEmail($"{string.Concat(Enumerable.Repeat("e\u0301", 120))}@ex.com"));
    }
}
