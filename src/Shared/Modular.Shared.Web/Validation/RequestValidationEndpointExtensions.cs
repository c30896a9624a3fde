using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Modular.Shared.Web.Validation;

public static class RequestValidationEndpointExtensions
{
    /// <summary>
    /// Validates the requests of every endpoint of the group (<see cref="RequestValidationFilter"/>) before the endpoint
    /// maps them to commands. Each module applies it to its route groups, so no endpoint can be added without it.
    /// </summary>
    public static TBuilder ValidateRequests<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory(RequestValidationFilter.Create);
        return builder;
    }
}
