using FluentValidation;
using FluentValidation.Validators;

namespace Modular.Shared.Application.Validation;

/// <summary>A list of <see cref="Min"/>..<see cref="Max"/> items. Null passes: presence is a rule of its own.</summary>
internal sealed class ItemCountValidator<T, TItem>(int min, int max) : PropertyValidator<T, IReadOnlyList<TItem>?>, IItemCountValidator
{
    public override string Name => "ItemCountValidator";

    public int Min { get; } = min;

    public int Max { get; } = max;

    public override bool IsValid(ValidationContext<T> context, IReadOnlyList<TItem>? value)
    {
        if (value is null || value.Count >= Min && value.Count <= Max)
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("MinItems", Min).AppendArgument("MaxItems", Max);
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' must hold {MinItems} to {MaxItems} items.";
}
