namespace Modular.Host.Platform.Http;

/// <summary>Limits of the HTTP front door (section <c>Http</c>).</summary>
internal sealed class HttpOptions
{
    public const string SectionName = "Http";

    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>Largest request body accepted; a larger one answers 413 before the endpoint sees it.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;
}
