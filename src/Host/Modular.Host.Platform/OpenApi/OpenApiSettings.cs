namespace Modular.Host.Platform.OpenApi;

/// <summary>Section <c>OpenApi</c>: what the served document says about where the API lives.</summary>
internal sealed class OpenApiSettings
{
    public const string SectionName = "OpenApi";

    /// <summary>
    /// <c>servers[0].url</c> of the document: the API's public base URL as clients reach it (<c>https://api.example.com</c>,
    /// behind a proxy), or a path (the default <c>/</c>: the host that served the document). Never taken from a request's
    /// <c>Host</c> header, which any client can set.
    /// </summary>
    public string ServerUrl { get; set; } = "/";
}
