using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Modular.Shared.Web.Problems;

/// <summary>Builds the contract's RFC 9457 bodies: type, title, status, detail, instance, traceId and, for validation, errors.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    /// <summary>A problem of <paramref name="status"/>: its type and title from <see cref="ProblemTypes"/>, never chosen by the caller.</summary>
    public static ProblemDetails Create(HttpContext httpContext, int status, string? detail)
    {
        var problem = new ProblemDetails
        {
            Type = ProblemTypes.Uri(status),
            Title = ProblemTypes.Title(status),
            Status = status,
            Detail = detail,
            Instance = httpContext.Request.Path,
        };
        problem.Extensions["traceId"] = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        return problem;
    }

    public static ProblemDetails Validation(HttpContext httpContext, IEnumerable<ProblemError> errors, string? detail = null)
    {
        var list = errors.ToList();
        var problem = Create(
            httpContext,
            StatusCodes.Status400BadRequest,
            detail ?? (list.Count == 1 ? list[0].Message : $"{list.Count} fields are invalid."));
        problem.Extensions["errors"] = list;
        return problem;
    }

    public static IResult Result(ProblemDetails problem) => TypedResults.Problem(problem);
}
