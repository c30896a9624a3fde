using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.Shared.Application.Security;

namespace Modular.Host.Platform.Authentication;

/// <summary>
/// The contract's signing-key rule, which depends on the environment: at least 32 UTF-8 bytes, and the shipped development
/// key nowhere but in Development. The other <see cref="JwtOptions"/> rules are its attributes.
/// </summary>
internal sealed class JwtSigningKeyValidator(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var keyBytes = Encoding.UTF8.GetByteCount(options.SigningKey ?? string.Empty);
        if (keyBytes < JwtOptions.MinimumSigningKeyBytes)
        {
            return ValidateOptionsResult.Fail(keyBytes == 0
                ? $"Jwt:SigningKey is missing (environment variable Jwt__SigningKey); it must be at least {JwtOptions.MinimumSigningKeyBytes} bytes."
                : $"Jwt:SigningKey is {keyBytes} bytes; it must be at least {JwtOptions.MinimumSigningKeyBytes} bytes.");
        }

        return !environment.IsDevelopment() && options.SigningKey!.StartsWith(JwtOptions.DevelopmentKeyPrefix, StringComparison.Ordinal)
            ? ValidateOptionsResult.Fail($"Jwt:SigningKey is the development key; set a secret key for the '{environment.EnvironmentName}' environment.")
            : ValidateOptionsResult.Success;
    }
}
