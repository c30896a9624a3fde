using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FluentValidation;
using Modular.Shared.Application.Validation;

namespace Modular.Shared.UnitTests.Validation;

/// <summary>
/// A name's published pattern states what the server does (the OpenAPI probe: "   " met the old pattern and minLength yet
/// was refused): no control character, and something besides the white space trimming removes. ECMA-262 reads it the same.
/// </summary>
public sealed class NamePatternTests
{
    private static readonly Regex Server = new(TextRules.NamePattern, RegexOptions.CultureInvariant);
    private static readonly Regex EcmaScript = new(TextRules.NamePattern, RegexOptions.ECMAScript);

    [Theory]
    [InlineData("Ada", true)]
    [InlineData("  Ada Lovelace  ", true)]
    [InlineData("\u00a0Zoë\u3000", true)]
    [InlineData("😀", true)]
    [InlineData(" ", false)]
    [InlineData("\u00a0\u2003\u3000", false)]
    [InlineData("", false)]
    [InlineData("Ada\tLovelace", false)]
    [InlineData("Ada\n", false)]
    [InlineData("\u0085Ada", false)]
    public void Both_readings_accept_a_name_and_refuse_blank_or_control_text(string name, bool valid)
    {
        Assert.Equal(valid, Whole(Server, name));
        Assert.Equal(valid, Whole(EcmaScript, name));
    }

    [Fact]
    public void For_every_bmp_character_a_name_of_it_alone_is_valid_unless_it_is_white_space_or_control()
    {
        var disagreements = new StringBuilder();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var character = (char)code;
            if (char.IsSurrogate(character))
            {
                continue;
            }

            var expected = !char.IsWhiteSpace(character) && !char.IsControl(character);
            var padded = $" {character} ";
            if (Whole(Server, padded) != expected || Whole(EcmaScript, padded) != expected)
            {
                disagreements.Append(CultureInfo.InvariantCulture, $"U+{code:X4} ");
            }
        }

        Assert.True(disagreements.Length == 0, $"The pattern disagrees with its rule at {disagreements}");
    }

    [Theory]
    [InlineData("  Ada  ", true)]
    [InlineData("   ", true)]
    [InlineData("A\u0007da", false)]
    public void The_rule_judges_the_trimmed_name_and_leaves_blank_text_to_the_presence_rule(string name, bool valid)
    {
        var validator = new InlineValidator<TestRequest>();
        validator.RuleFor(request => request.Email).PlainName();

        Assert.Equal(valid, validator.Validate(new TestRequest(name, null)).IsValid);
    }

    private static bool Whole(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true, Index: 0 } match && match.Length == text.Length;
}
