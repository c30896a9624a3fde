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
