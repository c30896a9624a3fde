using FluentValidation;
using FluentValidation.Validators;
using Modular.Shared.Kernel.Text;

namespace Modular.Shared.Application.Validation;

/// <summary>
/// Text whose length as stored lies in <see cref="Min"/>..<see cref="Max"/>, <paramref name="storedForm"/> being what
/// the module stores for it (ADR 0020: a name trimmed and in NFC, an email also lower-cased). The stored form is what must
/// fit its column, and it can be longer than what was typed (NFC lengthens some text, and full lower-casing turns "İ"
/// into two characters), so a bound checked on any other form lets a too-long value through to the database. Spaces
/// around the text are not stored, so they do not count. Lengths are in characters (<see cref="CanonicalText.Length"/>:
/// "😀" is one), as the column and the published <c>maxLength</c> count them. Null passes: presence is a rule of its own. As an
/// <see cref="ILengthValidator"/> its bounds are read by whatever describes the rules (an OpenAPI schema's
/// <c>minLength</c>/<c>maxLength</c>).
/// </summary>
internal sealed class StoredLengthValidator<T>(int min, int max, Func<string, string> storedForm) : PropertyValidator<T, string?>, ILengthValidator
{
    public override string Name => "StoredLengthValidator";

    public int Min { get; } = min;

    public int Max { get; } = max;

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null || CanonicalText.Length(storedForm(value)) is var length && length >= Min && length <= Max)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("MinLength", Min).AppendArgument("MaxLength", Max);
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        "'{PropertyName}' must be {MinLength} to {MaxLength} characters as stored.";
}
