using Microsoft.AspNetCore.Http;

namespace Modular.Shared.Web.Validation;

/// <summary>Validates one argument of an endpoint invocation; answers the 400 problem, or null when the argument is valid.</summary>
internal interface IRequestValidation
{
    ValueTask<IResult?> ValidateAsync(EndpointFilterInvocationContext invocation);
}
