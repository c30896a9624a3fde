using FluentValidation.Validators;

namespace Modular.Shared.Application.Validation;

/// <summary>A rule that accepts one of a named set of strings; the set is read by whatever describes the rules (an OpenAPI <c>enum</c>).</summary>
public interface IAllowedValuesValidator : IPropertyValidator
{
    ValueSet Set { get; }
}
