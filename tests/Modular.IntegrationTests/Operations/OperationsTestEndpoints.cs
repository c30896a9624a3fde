using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.RateLimiting;

namespace Modular.IntegrationTests.Operations;

/// <summary>
/// Test-only endpoints, mapped into the real host through a startup filter so that they run behind the whole platform
/// pipeline: the limiter, authentication and the OpenAPI transformers treat them like any module endpoint.
/// </summary>
internal sealed class OperationsTestEndpoints : IStartupFilter
{
    public const string Ping = "/api/ops-tests/ping";
    public const string AuthAttempt = "/ops-tests/auth-attempt";
    public const string Item = "/api/ops-tests/items/{id}";
    public const string Items = "/api/ops-tests/items";

    /// <summary>Test-only stand-in for distinct client machines: the in-memory test server has no remote address.</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
        // After the host configured its pipeline, the route builder it left behind is the WebApplication itself:
        // endpoints mapped on it join the host's own routing and run after all of its middleware.
        var endpoints = (IEndpointRouteBuilder)app.Properties["__EndpointRouteBuilder"]!;
        endpoints.MapGet(Ping, () => TypedResults.Ok(new TestReply("pong")));
        // Answers 200 or 401 on demand, like a login that succeeds or fails. Outside /api, so only the Auth policy applies.
        endpoints.MapPost(AuthAttempt, (bool succeed, HttpContext context) =>
            {
                if (succeed)
                {
                    return Results.Ok(new TestReply("welcome"));
                }

                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Unauthorized();
            })
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<TestReply>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        endpoints.MapGet(Item, (Guid id) => TypedResults.Ok(new TestReply(id.ToString())))
            .RequireAuthorization(AuthorizationPolicies.User)
            .WithName("OpsTestsGetItem");
        endpoints.MapPost(Items, (TestReply body) => TypedResults.Created($"/api/ops-tests/items/{Guid.NewGuid()}", body))
            .WithName("OpsTestsCreateItem");
    };
}
