using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.IntegrationTests.Operations;

namespace Modular.IntegrationTests.Contract;

/// <summary>Endpoints whose answers break their own description, to show the response check fails a test.</summary>
internal sealed class ContractProbeEndpoints : IStartupFilter
{
    public const string Kept = "/api/contract-probe/kept";
    public const string UndocumentedStatus = "/api/contract-probe/undocumented-status";
    public const string WrongShape = "/api/contract-probe/wrong-shape";
    public const string MissingLocation = "/api/contract-probe/missing-location";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        var endpoints = (IEndpointRouteBuilder)app.Properties["__EndpointRouteBuilder"]!;
        endpoints.MapGet(Kept, () => TypedResults.Ok(new TestReply("kept")));
        endpoints.MapGet(UndocumentedStatus, () => Results.StatusCode(StatusCodes.Status418ImATeapot)).Produces<TestReply>();
        endpoints.MapGet(WrongShape, () => Results.Json(new { reply = 42, extra = true })).Produces<TestReply>();
        endpoints.MapPost(MissingLocation, () => Results.Json(new TestReply("created"), statusCode: StatusCodes.Status201Created))
            .Produces<TestReply>(StatusCodes.Status201Created);
    };
}
