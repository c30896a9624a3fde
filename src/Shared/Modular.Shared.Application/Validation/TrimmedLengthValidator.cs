using FluentValidation;
using FluentValidation.Validators;

namespace Modular.Shared.Application.Validation;

/// <summary>
/// Text whose length once trimmed lies in <see cref="Min"/>..<see cref="Max"/> (leading and trailing spaces are not
/// stored, so they do not count). Null passes: presence is a rule of its own. As an <see cref="ILengthValidator"/> its
/// bounds are read by whatever describes the rules (an OpenAPI schema's <c>minLength</c>/<c>maxLength</c>).
/// </summary>
internal sealed class TrimmedLengthValidator<T>(int min, int max) : PropertyValidator<T, string?>, ILengthValidator
{
    public override string Name => "TrimmedLengthValidator";

    public int Min { get; } = min;

    public int Max { get; } = max;

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null || value.Trim().Length is var length && length >= Min && length <= Max)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("MinLength", Min).AppendArgument("MaxLength", Max);
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        "'{PropertyName}' must be {MinLength} to {MaxLength} characters once trimmed.";
}
