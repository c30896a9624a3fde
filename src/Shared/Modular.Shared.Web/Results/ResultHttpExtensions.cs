using Ardalis.Result;
using Microsoft.AspNetCore.Http;
using Modular.Shared.Application.Validation;
using Modular.Shared.Web.Problems;
using IResult = Microsoft.AspNetCore.Http.IResult;

namespace Modular.Shared.Web.Results;

/// <summary>The one place where an application <see cref="Result{T}"/> becomes an HTTP answer (a 401 with its <c>WWW-Authenticate: Bearer</c>).</summary>
public static class ResultHttpExtensions
{
    public static IResult ToHttpResult<T>(this Result<T> result, HttpContext httpContext, Func<T, IResult>? onSuccess = null)
    {
        if (result.IsSuccess)
        {
            return onSuccess is null ? TypedResults.Ok(result.Value) : onSuccess(result.Value);
        }

        if (result.Status == ResultStatus.Unauthorized)
        {
            // The contract's 401s carry the challenge, credential failures of login and refresh as much as a missing token's.
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return result.Status switch
        {
            ResultStatus.Invalid => Problems.Problems.Result(Problems.Problems.Validation(
                httpContext,
                result.ValidationErrors.Select(error => new ProblemError(FieldPath.ToCamelCase(error.Identifier ?? string.Empty), error.ErrorMessage)))),
            _ => Problems.Problems.Result(Problems.Problems.Create(httpContext, StatusFor(result.Status), Detail(result))),
        };
    }

    internal static int StatusFor(ResultStatus status) => status switch
    {
        ResultStatus.Ok => StatusCodes.Status200OK,
        ResultStatus.Created => StatusCodes.Status201Created,
        ResultStatus.NoContent => StatusCodes.Status204NoContent,
        ResultStatus.Invalid => StatusCodes.Status400BadRequest,
        ResultStatus.Unauthorized => StatusCodes.Status401Unauthorized,
        ResultStatus.Forbidden => StatusCodes.Status403Forbidden,
        ResultStatus.NotFound => StatusCodes.Status404NotFound,
        ResultStatus.Conflict => StatusCodes.Status409Conflict,
        ResultStatus.Unavailable => StatusCodes.Status503ServiceUnavailable,
        ResultStatus.Error => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Errors of a failed result are messages written for clients; never exception text.</summary>
    private static string? Detail<T>(Result<T> result)
    {
        var messages = result.Errors.Where(message => !string.IsNullOrWhiteSpace(message)).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }
}
