using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.OpenApi;

/// <summary>
/// The server URL is an absolute http(s) URL without credentials, query or fragment, or a path starting with '/'. The
/// failure names the setting, never its value (ADR 0018).
/// </summary>
internal sealed class OpenApiSettingsValidator : IValidateOptions<OpenApiSettings>
{
    public ValidateOptionsResult Validate(string? name, OpenApiSettings options)
    {
        var url = options.ServerUrl;
        var valid = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative)
            || Uri.TryCreate(url, UriKind.Absolute, out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(absolute.Query)
            && string.IsNullOrEmpty(absolute.Fragment)
            && string.IsNullOrEmpty(absolute.UserInfo);
        return valid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                "OpenApi:ServerUrl is neither an http(s) URL like https://api.example.com nor a path like / (environment variable OpenApi__ServerUrl).");
    }
}
