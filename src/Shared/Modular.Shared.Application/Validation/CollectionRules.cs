using FluentValidation;

namespace Modular.Shared.Application.Validation;

/// <summary>Rule building blocks for lists; each keeps its bounds readable (see the validators), so a schema states them too.</summary>
public static class CollectionRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> ItemCount<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, int min, int max) =>
        rule.SetValidator(new ItemCountValidator<T, TItem>(min, max));
}
