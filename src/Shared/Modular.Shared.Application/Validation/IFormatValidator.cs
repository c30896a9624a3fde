using FluentValidation.Validators;

namespace Modular.Shared.Application.Validation;

/// <summary>
/// A rule that checks a string is of a named format (<c>uuid</c>, <c>email</c>), so that whatever describes the rules
/// (an OpenAPI schema's <c>format</c>) states the format the rule enforces.
/// </summary>
public interface IFormatValidator : IPropertyValidator
{
    /// <summary>The format's name in the OpenAPI format registry; null when the rule checks a shape without naming a format.</summary>
    string? Format { get; }
}
