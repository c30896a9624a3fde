using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Application.Validation;
using Modular.Shared.Web.Problems;

namespace Modular.Shared.Web.Validation;

/// <summary>Validates the endpoint argument at <paramref name="index"/>, a <typeparamref name="TRequest"/>, through <see cref="RequestValidator"/>.</summary>
internal sealed class RequestValidation<TRequest>(int index) : IRequestValidation
{
    public async ValueTask<IResult?> ValidateAsync(EndpointFilterInvocationContext invocation)
    {
        var httpContext = invocation.HttpContext;
        var request = invocation.GetArgument<TRequest>(index);
        var validators = httpContext.RequestServices.GetServices<IValidator<TRequest>>();
        var errors = await RequestValidator.ValidateAsync(validators, request, httpContext.RequestAborted);
        return errors.Count == 0
            ? null
            : Problems.Problems.Result(Problems.Problems.Validation(httpContext, errors.Select(error => new ProblemError(error.Identifier, error.ErrorMessage))));
    }
}
