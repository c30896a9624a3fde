using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Foundation;

/// <summary>
/// Handlers trust their commands because every request is validated at the edge. Each module's route groups validate
/// whatever argument has a validator, so what must hold is that every request an endpoint binds has one.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RequestValidationCoverageTests(ModularApiFactory factory)
{
    [Fact]
    public void Every_request_a_module_endpoint_binds_has_a_validator()
    {
        var registered = factory.Services.GetRequiredService<IServiceProviderIsService>();
        var requests = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<MethodInfo>())
            .OfType<MethodInfo>()
            .SelectMany(method => method.GetParameters())
            .Select(parameter => parameter.ParameterType)
            .Where(type => type.Assembly.GetName().Name is { } assembly && assembly.StartsWith("Modular.", StringComparison.Ordinal) && assembly.EndsWith(".Api", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        // Bodies and query filters of Identity, Users and Orders: the check looks at real requests, not at nothing.
        Assert.True(requests.Count >= 10, $"only {requests.Count} module requests found");
        var unvalidated = requests.Where(type => !registered.IsService(typeof(IValidator<>).MakeGenericType(type))).Select(type => type.FullName);
        Assert.Empty(unvalidated);
    }
}
