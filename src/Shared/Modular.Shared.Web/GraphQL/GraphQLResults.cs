using Ardalis.Result;
using Modular.Shared.Application.Validation;
using Modular.Shared.Web.Problems;

namespace Modular.Shared.Web.GraphQL;

/// <summary>
/// The one place where an application <see cref="Result{T}"/> becomes a GraphQL field value or error: the same
/// statuses REST maps to HTTP (<see cref="Results.ResultHttpExtensions"/>) map to the contract's <c>extensions.code</c>.
/// </summary>
public static class GraphQLResults
{
    /// <param name="result">The use case's answer.</param>
    /// <param name="unprocessableCode">
    /// The code of <see cref="ResultStatus.Error"/>, which ADR 0005 reserves for 422 answers of one use case
    /// (placing an order names <see cref="GraphQLErrorCodes.IdempotencyKeyReused"/>).
    /// </param>
    /// <param name="hideForbidden">
    /// For a field that addresses one resource by id: the contract's GraphQL rule that an id the caller may not see
    /// answers as one that does not exist. <see cref="ResultStatus.Forbidden"/> and <see cref="ResultStatus.NotFound"/>
    /// then become the same <see cref="GraphQLErrorCodes.NotFound"/> error, message included, so that the answer does
    /// not tell whether the id exists. REST keeps its 403 for the same result.
    /// </param>
    public static T Value<T>(Result<T> result, string? unprocessableCode = null, bool hideForbidden = false)
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        if (hideForbidden && result.Status is ResultStatus.Forbidden or ResultStatus.NotFound)
        {
            throw new GraphQLFieldError(GraphQLErrorCodes.NotFound, DefaultMessage(GraphQLErrorCodes.NotFound));
        }

        if (result.Status == ResultStatus.Invalid)
        {
            throw GraphQLFieldError.Invalid(
                [.. result.ValidationErrors.Select(error => new ProblemError(FieldPath.ToCamelCase(error.Identifier ?? string.Empty), error.ErrorMessage))]);
        }

        var code = CodeFor(result.Status, unprocessableCode);
        throw new GraphQLFieldError(code, Message(result) ?? DefaultMessage(code));
    }

    internal static string CodeFor(ResultStatus status, string? unprocessableCode = null) => status switch
    {
        ResultStatus.Invalid => GraphQLErrorCodes.BadUserInput,
        ResultStatus.Unauthorized => GraphQLErrorCodes.Unauthenticated,
        ResultStatus.Forbidden => GraphQLErrorCodes.Forbidden,
        ResultStatus.NotFound => GraphQLErrorCodes.NotFound,
        ResultStatus.Conflict => GraphQLErrorCodes.Conflict,
        ResultStatus.Unavailable => GraphQLErrorCodes.ServiceUnavailable,
        ResultStatus.Error => unprocessableCode ?? GraphQLErrorCodes.BadUserInput,
        _ => GraphQLErrorCodes.InternalServerError,
    };

    private static string DefaultMessage(string code) => code switch
    {
        GraphQLErrorCodes.Unauthenticated => "Authentication is required.",
        GraphQLErrorCodes.Forbidden => "You are not allowed to do this.",
        GraphQLErrorCodes.NotFound => "Not found.",
        GraphQLErrorCodes.Conflict => "The request conflicts with the current state.",
        GraphQLErrorCodes.ServiceUnavailable => "The service is unavailable; retry later.",
        _ => "An unexpected error occurred.",
    };

    /// <summary>Errors of a failed result are messages written for clients; never exception text.</summary>
    private static string? Message<T>(Result<T> result)
    {
        var messages = result.Errors.Where(message => !string.IsNullOrWhiteSpace(message)).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }
}
