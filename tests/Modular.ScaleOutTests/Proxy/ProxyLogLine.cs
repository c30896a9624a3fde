namespace Modular.ScaleOutTests.Proxy;

/// <summary>One line of the proxy's access log (<c>log_format modular</c>): which instance answered which request.</summary>
internal sealed record ProxyLogLine(string Method, string Path, int Status, string Upstream, string CorrelationId)
{
    /// <summary>The port of the instance that answered last (nginx lists every instance it tried), or null.</summary>
    public int? UpstreamPort =>
        Upstream.Split(',').Last().Trim() is var last && last.LastIndexOf(':') is var colon and > 0
        && int.TryParse(last[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var port)
            ? port
            : null;
}
