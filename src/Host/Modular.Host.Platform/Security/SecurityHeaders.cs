namespace Modular.Host.Platform.Security;

/// <summary>The header values every response carries; the API answers JSON only, so its policy allows nothing to load.</summary>
internal static class SecurityHeaders
{
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The interactive reference at <c>/docs</c> is an HTML page that loads its script and styles from jsDelivr.</summary>
    public const string DocsContentSecurityPolicy =
        "default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
        + "font-src 'self' data: https://cdn.jsdelivr.net https://fonts.scalar.com; img-src 'self' data: https:; connect-src 'self'; worker-src 'self' blob:; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public const string DocsPathPrefix = "/docs";

    /// <summary>One year; sent on every response outside Development because TLS usually ends at a proxy in front of the host.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";
}
