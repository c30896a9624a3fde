using FluentValidation;
using FluentValidation.Validators;
using Modular.Shared.Kernel.Text;

namespace Modular.Shared.Application.Validation;

/// <summary>
/// Text whose length as stored, trimmed and in NFC (ADR 0020), lies in <see cref="Min"/>..<see cref="Max"/>: leading and
/// trailing spaces are not stored, so they do not count, and a normalization that lengthens the text counts, since the
/// stored form is what must fit its column. Null passes: presence is a rule of its own. As an <see cref="ILengthValidator"/> its
/// bounds are read by whatever describes the rules (an OpenAPI schema's <c>minLength</c>/<c>maxLength</c>).
/// </summary>
internal sealed class TrimmedLengthValidator<T>(int min, int max) : PropertyValidator<T, string?>, ILengthValidator
{
    public override string Name => "TrimmedLengthValidator";

    public int Min { get; } = min;

    public int Max { get; } = max;

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null || CanonicalText.Name(value).Length is var length && length >= Min && length <= Max)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("MinLength", Min).AppendArgument("MaxLength", Max);
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        "'{PropertyName}' must be {MinLength} to {MaxLength} characters once trimmed.";
}
