using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Validators;
using Modular.Shared.Application.Validation;

namespace Modular.Shared.UnitTests.Validation;

public sealed partial class TextRulesTests
{
    [Theory]
    [InlineData("abc", true)]
    [InlineData("  abc  ", true)]
    [InlineData("abcd", false)]
    [InlineData("   ", false)]
    [InlineData(null, true)]
    public void Trimmed_length_ignores_surrounding_spaces_and_leaves_presence_to_another_rule(string? value, bool valid)
    {
        var validator = new InlineValidator<TestRequest>();
        validator.RuleFor(request => request.Email).TrimmedLength(1, 3);

        Assert.Equal(valid, validator.Validate(new TestRequest(value, null)).IsValid);
    }

    [Theory]
    // İ (U+0130) is one character typed and two lower-cased (i + U+0307): the typed and NFC lengths fit, the stored one does not.
    [InlineData("\u0130\u0130@a", false)]
    [InlineData("\u0130@abc", false)]
    [InlineData("\u0130@a", true)]
    [InlineData("II@ab", true)]
    // A final Σ is one σ; decomposed text is composed first, so it counts shorter than typed.
    [InlineData("\u039f\u03a3@ab", true)]
    [InlineData("E\u0301E\u0301E\u0301", true)]
    [InlineData("  Ab@cd  ", true)]
    [InlineData("   ", false)]
    [InlineData(null, true)]
    public void Email_length_measures_the_canonical_form_that_is_stored(string? value, bool valid)
    {
        var validator = new InlineValidator<TestRequest>();
        validator.RuleFor(request => request.Email).EmailLength(1, 5);

        Assert.Equal(valid, validator.Validate(new TestRequest(value, null)).IsValid);
    }

    [Fact]
    public void Email_length_bounds_are_readable_as_length_metadata()
    {
        var validator = new InlineValidator<TestRequest>();
        validator.RuleFor(request => request.Email).EmailLength(1, 254);

        var length = Assert.Single(validator.CreateDescriptor().GetValidatorsForMember(nameof(TestRequest.Email)).Select(entry => entry.Validator).OfType<ILengthValidator>());
        Assert.Equal((1, 254), (length.Min, length.Max));
    }

    [Theory]
    [InlineData(" ab-1 ", true)]
    [InlineData("ab 1", false)]
    [InlineData("", true)]
    [InlineData(null, true)]
    public void Trimmed_pattern_matches_the_trimmed_text_and_leaves_presence_to_another_rule(string? value, bool valid)
    {
        var validator = new InlineValidator<TestRequest>();
        validator.RuleFor(request => request.Email).TrimmedMatches(Code());

        Assert.Equal(valid, validator.Validate(new TestRequest(value, null)).IsValid);
    }

    [Fact]
    public void Their_bounds_are_readable_as_FluentValidation_length_and_pattern_metadata()
    {
        var validator = new InlineValidator<TestRequest>();
        validator.RuleFor(request => request.Email).TrimmedLength(2, 40).TrimmedMatches(Code());

        var components = validator.CreateDescriptor().GetValidatorsForMember(nameof(TestRequest.Email)).Select(entry => entry.Validator).ToList();

        var length = Assert.Single(components.OfType<ILengthValidator>());
        Assert.Equal((2, 40), (length.Min, length.Max));
        Assert.Equal(Code().ToString(), Assert.Single(components.OfType<IRegularExpressionValidator>()).Expression);
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex Code();
}
