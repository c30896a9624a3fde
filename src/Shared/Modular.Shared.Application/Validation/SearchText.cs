using System.Text.RegularExpressions;
using FluentValidation;

namespace Modular.Shared.Application.Validation;

/// <summary>
/// The one rule of free-text search parameters (<c>search</c> of every list, REST query and GraphQL argument alike):
/// at most <see cref="MaxLength"/> characters, and plain text: no control character (C0, DEL, C1: a tab or a line break
/// is not something a name or an email contains) and no unpaired UTF-16 surrogate (not encodable, it would fail deep in
/// the driver). The bound is in characters ("😀" is one) and readable, and the control characters a pattern, so the
/// OpenAPI parameter states both (a lone surrogate is what no schema can state: JSON and URLs cannot carry one intact).
/// </summary>
public static class SearchText
{
    /// <summary>The longest searchable value of the system is an email address (RFC 5321: 254 characters); a longer text matches nothing.</summary>
    public const int MaxLength = 254;

    /// <summary>No control character (Unicode Cc), as the OpenAPI parameter publishes it.</summary>
    public const string ControlFreePattern = @"^[^\u0000-\u001F\u007F-\u009F]*$";

    private static readonly Regex ControlFree = new(ControlFreePattern, RegexOptions.CultureInvariant);

    /// <summary>Applies the search rule to <paramref name="rule"/>; <paramref name="parameter"/> is the name the client used.</summary>
    public static IRuleBuilderOptions<T, string?> IsSearchText<T>(this IRuleBuilder<T, string?> rule, string parameter = "search") =>
        rule
            .CharacterLength(0, MaxLength).WithMessage($"'{parameter}' must be at most {MaxLength} characters.")
            .WholeMatches(ControlFree).WithMessage($"'{parameter}' must not contain control characters or unpaired surrogates.")
            // What the pattern already reported (a control character) is not reported twice: this catches the surrogates.
            .Must(text => IsPlainText(text) || text!.Any(char.IsControl)).WithMessage($"'{parameter}' must not contain control characters or unpaired surrogates.");

    /// <summary>Whether <paramref name="text"/> (null passes) has no control character and no unpaired surrogate.</summary>
    public static bool IsPlainText(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
