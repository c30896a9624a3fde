using System.Security.Claims;
using FluentValidation;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Application.Validation;
using Modular.Shared.Web.Problems;

namespace Modular.Shared.Web.GraphQL;

/// <summary>
/// How a GraphQL field calls the module's application, through the same edge as REST: the request is validated by the
/// same FluentValidation validators (<see cref="RequestValidator"/>), the same handler runs, and its result is mapped
/// by <see cref="GraphQLResults"/>. Each call runs in a DI scope of its own, as one REST request would: two mutations of
/// one document never share a unit of work.
/// </summary>
public static class GraphQLUseCases
{
    /// <summary>Runs the query's handler; <paramref name="hideForbidden"/> as in <see cref="GraphQLResults.Value{T}"/>, for a field that addresses one resource by id.</summary>
    public static async Task<TResponse?> QueryAsync<TQuery, TResponse>(this IResolveFieldContext context, TQuery query, bool hideForbidden = false)
        where TQuery : IQuery<TResponse>
    {
        await using var scope = Services(context).CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<IQueryHandler<TQuery, TResponse>>();
        return GraphQLResults.Value(await handler.HandleAsync(query, context.CancellationToken), hideForbidden: hideForbidden);
    }

    /// <summary>
    /// Runs the command's handler; <paramref name="unprocessableCode"/> and <paramref name="hideForbidden"/> as in
    /// <see cref="GraphQLResults.Value{T}"/>.
    /// </summary>
    public static async Task<TResponse?> CommandAsync<TCommand, TResponse>(
        this IResolveFieldContext context,
        TCommand command,
        string? unprocessableCode = null,
        bool hideForbidden = false)
        where TCommand : ICommand<TResponse>
    {
        await using var scope = Services(context).CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<ICommandHandler<TCommand, TResponse>>();
        return GraphQLResults.Value(await handler.HandleAsync(command, context.CancellationToken), unprocessableCode, hideForbidden);
    }

    /// <summary>Runs every validator of <typeparamref name="TRequest"/>; any failure is <c>BAD_USER_INPUT</c> with the REST problem's <c>errors</c>.</summary>
    public static async Task<TRequest> ValidAsync<TRequest>(this IResolveFieldContext context, TRequest request)
    {
        var validators = Services(context).GetServices<IValidator<TRequest>>();
        var errors = await RequestValidator.ValidateAsync(validators, request, context.CancellationToken);
        return errors.Count == 0
            ? request
            : throw GraphQLFieldError.Invalid([.. errors.Select(error => new ProblemError(error.Identifier, error.ErrorMessage))]);
    }

    /// <summary>The caller, after the field's authorization policy admitted it.</summary>
    public static ClaimsPrincipal Caller(this IResolveFieldContext context) =>
        context.User ?? throw new InvalidOperationException("The field runs without a user; does it declare an authorization policy?");

    private static IServiceProvider Services(IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("GraphQL requests execute with the HTTP request's services.");
}
