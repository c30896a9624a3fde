using FluentValidation;
using FluentValidation.Validators;

namespace Modular.Shared.Application.Validation;

/// <summary>Text equal (ordinal) to one of <see cref="Set"/>'s values. Null passes: presence is a rule of its own.</summary>
internal sealed class AllowedValuesValidator<T>(ValueSet set) : PropertyValidator<T, string?>, IAllowedValuesValidator
{
    public override string Name => "AllowedValuesValidator";

    public ValueSet Set { get; } = set;

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null || Set.Values.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("AllowedValues", string.Join(", ", Set.Values));
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' must be one of: {AllowedValues}.";
}
