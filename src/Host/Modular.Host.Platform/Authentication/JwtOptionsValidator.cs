using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.Shared.Application.Security;

namespace Modular.Host.Platform.Authentication;

/// <summary>The contract's signing-key rule, checked when the host starts so a bad key stops it with one clear line.</summary>
internal sealed class JwtOptionsValidator(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var failures = new List<string>();
        var keyBytes = Encoding.UTF8.GetByteCount(options.SigningKey ?? string.Empty);
        if (keyBytes < JwtOptions.MinimumSigningKeyBytes)
        {
            failures.Add(keyBytes == 0
                ? $"Jwt:SigningKey is missing (environment variable Jwt__SigningKey); it must be at least {JwtOptions.MinimumSigningKeyBytes} bytes."
                : $"Jwt:SigningKey is {keyBytes} bytes; it must be at least {JwtOptions.MinimumSigningKeyBytes} bytes.");
        }
        else if (!environment.IsDevelopment() && options.SigningKey!.StartsWith(JwtOptions.DevelopmentKeyPrefix, StringComparison.Ordinal))
        {
            failures.Add($"Jwt:SigningKey is the development key; set a secret key for the '{environment.EnvironmentName}' environment.");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add("Jwt:Issuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Jwt:Audience must not be empty.");
        }

        if (options.AccessTokenMinutes is < 1 or > 1440)
        {
            failures.Add("Jwt:AccessTokenMinutes must be between 1 and 1440.");
        }

        if (options.RefreshTokenDays is < 1 or > 365)
        {
            failures.Add("Jwt:RefreshTokenDays must be between 1 and 365.");
        }

        if (options.ClockSkewSeconds is < 0 or > 30)
        {
            failures.Add("Jwt:ClockSkewSeconds must be between 0 and 30.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
