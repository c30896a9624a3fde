using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Validators;

namespace Modular.Shared.Application.Validation;

/// <summary>
/// Text that, once trimmed, matches <see cref="Expression"/>. Null or blank passes: presence is a rule of its own. As an
/// <see cref="IRegularExpressionValidator"/> its pattern is read by whatever describes the rules (an OpenAPI <c>pattern</c>),
/// and as an <see cref="IFormatValidator"/> the format the pattern checks, when it names one (<c>idn-email</c>).
/// </summary>
internal sealed class TrimmedPatternValidator<T>(Regex pattern, string? format = null)
    : PropertyValidator<T, string?>, IRegularExpressionValidator, IFormatValidator
{
    public override string Name => "TrimmedPatternValidator";

    public string Expression => pattern.ToString();

    public string? Format { get; } = format;

    public override bool IsValid(ValidationContext<T> context, string? value) =>
        string.IsNullOrWhiteSpace(value) || pattern.IsMatch(value.Trim());

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' is not in the correct format.";
}
