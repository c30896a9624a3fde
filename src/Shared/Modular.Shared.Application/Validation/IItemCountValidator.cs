using FluentValidation.Validators;

namespace Modular.Shared.Application.Validation;

/// <summary>A rule on how many items a list holds; its bounds are read by whatever describes the rules (<c>minItems</c>/<c>maxItems</c>).</summary>
public interface IItemCountValidator : IPropertyValidator
{
    int Min { get; }

    int Max { get; }
}
