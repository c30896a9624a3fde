using FluentValidation;
using FluentValidation.Validators;

namespace Modular.Shared.Application.Validation;

/// <summary>Text accepted by <paramref name="isValid"/>, the check of the named <see cref="Format"/>. Null passes: presence is a rule of its own.</summary>
internal sealed class FormatValidator<T>(string format, Func<string, bool> isValid) : PropertyValidator<T, string?>, IFormatValidator
{
    public override string Name => "FormatValidator";

    public string? Format { get; } = format;

    public override bool IsValid(ValidationContext<T> context, string? value) => value is null || isValid(value);

    protected override string GetDefaultMessageTemplate(string errorCode) => $"'{{PropertyName}}' must be a valid {Format}.";
}
