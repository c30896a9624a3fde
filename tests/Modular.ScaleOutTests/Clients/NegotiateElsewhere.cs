using System.Runtime.CompilerServices;

namespace Modular.ScaleOutTests.Clients;

/// <summary>Sends a hub client's negotiate requests to another instance, as a proxy without sticky sessions may; counts them.</summary>
internal sealed class NegotiateElsewhere(Uri instance, StrongBox<int> negotiations) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && uri.AbsolutePath.EndsWith("/negotiate", StringComparison.Ordinal))
        {
            request.RequestUri = new UriBuilder(uri) { Host = instance.Host, Port = instance.Port }.Uri;
            Interlocked.Increment(ref negotiations.Value);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
