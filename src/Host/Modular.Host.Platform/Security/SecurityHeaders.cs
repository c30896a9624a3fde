namespace Modular.Host.Platform.Security;

/// <summary>The header values every response carries; the API answers JSON only, so its policy allows nothing to load.</summary>
internal static class SecurityHeaders
{
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string DocsPathPrefix = "/docs";

    /// <summary>The <c>Cache-Control</c> of every answer whose endpoint sets none: tokens and personal data are never stored (ADR 0046).</summary>
    public const string NoStore = "no-store";

    /// <summary>The <c>Pragma</c> sent with <see cref="NoStore"/>, for HTTP/1.0 caches (RFC 6749 §5.1).</summary>
    public const string NoCache = "no-cache";

    /// <summary>One year; sent on every response outside Development because TLS usually ends at a proxy in front of the host.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>
    /// The interactive reference at <c>/docs</c> loads everything from this host: its scripts (the page's inline ones carry
    /// the request's <paramref name="nonce"/>), styles (the reference sets some inline), the document it renders and the
    /// requests it tries. No third-party host is allowed.
    /// </summary>
    public static string DocsContentSecurityPolicy(string? nonce) =>
        $"default-src 'none'; script-src 'self'{(nonce is null ? string.Empty : $" 'nonce-{nonce}'")}; style-src 'self' 'unsafe-inline'; "
        + "font-src 'self' data:; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
}
