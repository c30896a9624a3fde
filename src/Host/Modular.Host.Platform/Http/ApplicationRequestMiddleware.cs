using Microsoft.AspNetCore.Http;

namespace Modular.Host.Platform.Http;

/// <summary>
/// First in the pipeline: tells the connection's <see cref="ServerRejectionGuard"/> that a request is in the application
/// until its response completed (the last byte written), so that the output the guard watches is left alone meanwhile.
/// A server without the guard (the test server) is unaffected.
/// </summary>
internal sealed class ApplicationRequestMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<ServerRejectionGuard>() is { } guard)
        {
            guard.RequestStarted();
            context.Response.OnCompleted(
                static state =>
                {
                    ((ServerRejectionGuard)state).RequestCompleted();
                    return Task.CompletedTask;
                },
                guard);
        }

        return next(context);
    }
}
