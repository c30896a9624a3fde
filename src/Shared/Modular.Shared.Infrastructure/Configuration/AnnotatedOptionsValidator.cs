using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace Modular.Shared.Infrastructure.Configuration;

/// <summary>
/// Checks the data annotations of an options object property by property, so each message names the setting path
/// instead of a .NET member (<c>The field Orders:PendingTimeoutMinutes must be between 1 and 10080 (environment variable
/// Orders__PendingTimeoutMinutes).</c>). Values are never quoted: a setting may be a secret.
/// </summary>
internal sealed class AnnotatedOptionsValidator<TOptions>(string sectionPath) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (name is not null && name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        Collect(options, sectionPath, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object options, string path, List<string> failures)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var setting = path.Length == 0 ? property.Name : $"{path}:{property.Name}";
            var value = property.GetValue(options);
            var results = new List<ValidationResult>();
            var context = new ValidationContext(options) { MemberName = property.Name, DisplayName = setting };
            if (!Validator.TryValidateProperty(value, context, results))
            {
                var variable = setting.Replace(":", "__", StringComparison.Ordinal);
                failures.AddRange(results.Select(result => $"{result.ErrorMessage?.TrimEnd('.')} (environment variable {variable})."));
            }

            if (value is not null && property.IsDefined(typeof(ValidateObjectMembersAttribute)))
            {
                Collect(value, setting, failures);
            }
        }
    }
}
