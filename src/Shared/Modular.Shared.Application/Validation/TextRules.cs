using System.Text.RegularExpressions;
using FluentValidation;

namespace Modular.Shared.Application.Validation;

/// <summary>Rule building blocks for text that is stored trimmed; each keeps its bounds readable (see the validators).</summary>
public static class TextRules
{
    public static IRuleBuilderOptions<T, string?> TrimmedLength<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.SetValidator(new TrimmedLengthValidator<T>(min, max));

    public static IRuleBuilderOptions<T, string?> TrimmedMatches<T>(this IRuleBuilder<T, string?> rule, Regex pattern) =>
        rule.SetValidator(new TrimmedPatternValidator<T>(pattern));
}
