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
    public static T Value<T>(Result<T> result, string? unprocessableCode = null)
    {
        if (result.IsSuccess)
        {
            return result.Value;
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
