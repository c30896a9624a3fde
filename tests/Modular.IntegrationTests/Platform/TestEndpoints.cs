using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// Endpoints that exist only in the test hosts, behind the whole production pipeline (they are routed after it):
/// a JSON body to echo, a route value, and an endpoint that fails the way a database error would.
/// </summary>
internal sealed class TestEndpoints : IStartupFilter
{
    public const string SecretFailureText = "relation \"users\" violates SELECT password_hash FROM identity.users";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapPost("/test/echo", (EchoRequest request) => TypedResults.Ok(request));
            endpoints.MapGet("/test/items/{name}", (string name) => TypedResults.Ok(new EchoRequest(name, null)));
            endpoints.MapGet("/test/throw", string () => throw new InvalidOperationException(SecretFailureText));
        });
    };
}
