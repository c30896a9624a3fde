using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// The OpenAPI document a test host serves at <c>/openapi/v1.json</c>, produced once per host by that endpoint itself
/// (so it includes whatever endpoints the test added), as the contract its responses are checked against.
/// </summary>
internal sealed class ServedOpenApiDocument(EndpointDataSource endpoints, IServiceScopeFactory scopes)
{
    public const string Path = "/openapi/v1.json";
    private const string Pattern = "/openapi/{documentName}.json";

    private readonly Lazy<Task<OpenApiResponseContract?>> _contract = new(() => LoadAsync(endpoints, scopes));

    /// <summary>The contract, or null for a host that serves no document.</summary>
    public Task<OpenApiResponseContract?> ContractAsync() => _contract.Value;

    private static async Task<OpenApiResponseContract?> LoadAsync(EndpointDataSource endpoints, IServiceScopeFactory scopes)
    {
        var endpoint = endpoints.Endpoints.OfType<RouteEndpoint>().FirstOrDefault(candidate => candidate.RoutePattern.RawText == Pattern);
        if (endpoint?.RequestDelegate is not { } serve)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = Path;
        context.Request.RouteValues["documentName"] = "v1";
        using var body = new MemoryStream();
        context.Response.Body = body;
        await serve(context);
        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            throw new InvalidOperationException($"{Path} answered {context.Response.StatusCode}.");
        }

        return new OpenApiResponseContract(System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }
}
