using System.ComponentModel.DataAnnotations;

namespace Modular.Host.Platform.Http;

/// <summary>Limits of the HTTP front door (section <c>Http</c>).</summary>
internal sealed class HttpOptions
{
    public const string SectionName = "Http";

    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>Largest request body accepted; a larger one answers 413 before the endpoint sees it.</summary>
    /// <remarks>The bound is far above any JSON body of the contract; a typo (an extra zero or two) still fails loudly.</remarks>
    [Range(1L, 100L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;
}
