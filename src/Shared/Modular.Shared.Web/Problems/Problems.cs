using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Modular.Shared.Web.Problems;

/// <summary>Builds the contract's RFC 9457 bodies: type, title, status, detail, instance, traceId and, for validation, errors.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    /// <summary>
    /// A problem of <paramref name="status"/>: its type and title from <see cref="ProblemTypes"/>, never chosen by the
    /// caller; without a <paramref name="detail"/>, the status's own (<see cref="DefaultProblemDetail"/>).
    /// </summary>
    public static ProblemDetails Create(HttpContext httpContext, int status, string? detail)
    {
        var problem = new ProblemDetails
        {
            Type = ProblemTypes.Uri(status),
            Title = ProblemTypes.Title(status),
            Status = status,
            Detail = detail ?? DefaultProblemDetail.For(httpContext, status),
            Instance = httpContext.Request.Path,
        };
        problem.Extensions["traceId"] = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        return problem;
    }

    /// <summary>Most entries of a validation problem's <c>errors</c>: the answer stays small whatever the input's size.</summary>
    public const int MaxListedErrors = 100;

    /// <summary>
    /// A 400 listing the invalid fields, at most <see cref="MaxListedErrors"/> of them (the detail then says how many
    /// there were): a body of 100,000 invalid entries would otherwise be answered with megabytes of errors.
    /// </summary>
    public static ProblemDetails Validation(HttpContext httpContext, IEnumerable<ProblemError> errors, string? detail = null)
    {
        var list = errors.ToList();
        var listed = list.Count > MaxListedErrors ? list[..MaxListedErrors] : list;
        var problem = Create(
            httpContext,
            StatusCodes.Status400BadRequest,
            detail ?? list.Count switch
            {
                1 => list[0].Message,
                > MaxListedErrors => $"{list.Count} fields are invalid; the first {MaxListedErrors} are listed.",
                _ => $"{list.Count} fields are invalid.",
            });
        problem.Extensions["errors"] = listed;
        return problem;
    }

    public static IResult Result(ProblemDetails problem) => TypedResults.Problem(problem);
}
