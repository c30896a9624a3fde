using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.Security;

/// <summary>A wildcard outside Development would let any site read responses with a user's token: the host refuses to start.</summary>
internal sealed class CorsSettingsValidator(IHostEnvironment environment) : IValidateOptions<CorsSettings>
{
    public ValidateOptionsResult Validate(string? name, CorsSettings options)
    {
        var failures = new List<string>();
        foreach (var origin in options.Origins())
        {
            if (origin == "*")
            {
                if (!environment.IsDevelopment())
                {
                    failures.Add($"Cors:AllowedOrigins contains '*'; a wildcard is only allowed in Development (environment '{environment.EnvironmentName}'). List the origins (environment variable Cors__AllowedOrigins).");
                }
            }
            else if (!IsOrigin(origin))
            {
                failures.Add($"Cors:AllowedOrigins entry '{origin}' is not an origin like https://app.example.com (scheme, host and optional port, no path).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/"
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment)
        && string.IsNullOrEmpty(uri.UserInfo);
}
