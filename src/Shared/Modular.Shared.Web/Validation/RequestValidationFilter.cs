using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Shared.Web.Validation;

/// <summary>
/// The REST edge of request validation: each argument of an endpoint whose type has a registered FluentValidation
/// validator (a body, or query parameters bound with <c>[AsParameters]</c>) is validated before the endpoint runs, and
/// failures answer the contract's 400 problem with <c>errors[{field, message}]</c>. Which arguments to validate is
/// decided once, when the endpoint is built; an endpoint without such an argument gets no filter at all.
/// </summary>
internal static class RequestValidationFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var registered = context.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
        IRequestValidation[] validations =
        [
            .. context.MethodInfo.GetParameters()
                .Select((parameter, index) => (parameter.ParameterType, Index: index))
                .Where(parameter => !parameter.ParameterType.IsByRef
                    && registered.IsService(typeof(IValidator<>).MakeGenericType(parameter.ParameterType)))
                .Select(parameter => (IRequestValidation)Activator.CreateInstance(
                    typeof(RequestValidation<>).MakeGenericType(parameter.ParameterType), parameter.Index)!),
        ];
        if (validations.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            foreach (var validation in validations)
            {
                if (await validation.ValidateAsync(invocation) is { } problem)
                {
                    return problem;
                }
            }

            return await next(invocation);
        };
    }
}
