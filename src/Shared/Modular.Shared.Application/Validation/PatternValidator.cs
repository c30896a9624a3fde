using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Validators;

namespace Modular.Shared.Application.Validation;

/// <summary>
/// Text whose whole length matches <see cref="Expression"/> (trimmed first when <paramref name="trim"/>): .NET's <c>$</c>
/// also matches before a final line feed, so <c>^[A-Za-z0-9_-]{1,64}$</c> alone accepts <c>"SKU-1\n"</c>; a match must
/// span the text, as ECMA-262's <c>$</c> means it for an OpenAPI <c>pattern</c>. Null passes, and blank text when
/// trimmed: presence is a rule of its own. As an <see cref="IRegularExpressionValidator"/> its pattern is read by whatever
/// describes the rules (an OpenAPI <c>pattern</c>), and as an <see cref="IFormatValidator"/> the format the pattern
/// checks, when it names one (<c>email</c>).
/// </summary>
internal sealed class PatternValidator<T>(Regex pattern, bool trim, string? format = null)
    : PropertyValidator<T, string?>, IRegularExpressionValidator, IFormatValidator
{
    public override string Name => "PatternValidator";

    public string Expression => pattern.ToString();

    public string? Format { get; } = format;

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null || (trim && string.IsNullOrWhiteSpace(value)))
        {
            return true;
        }

        var text = trim ? value.Trim() : value;
        return pattern.Match(text) is { Success: true, Index: 0 } match && match.Length == text.Length;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' is not in the correct format.";
}
