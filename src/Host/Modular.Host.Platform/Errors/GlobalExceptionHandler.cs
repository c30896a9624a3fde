using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Errors;

/// <summary>
/// Every exception becomes the contract's problem+json. Client mistakes keep a safe, specific message; a dependency
/// outage (<see cref="DependencyOutage"/>) is a 503 with <c>Retry-After</c>; anything unexpected is a bare 500 whose
/// only clue is the traceId (never exception text, type, stack or SQL).
/// </summary>
internal sealed partial class GlobalExceptionHandler(ILogger<GlobalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException validation => Problems.Validation(httpContext, validation.Errors),
            BadHttpRequestException { InnerException: JsonException json } => Problems.Validation(httpContext, [JsonProblem.From(json)]),
            BadHttpRequestException missing when JsonProblem.IsMissingBody(missing) => Problems.Validation(httpContext, [JsonProblem.MissingBody]),
            BadHttpRequestException badRequest => Problems.Create(httpContext, badRequest.StatusCode, BadRequestDetail(badRequest.StatusCode)),
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            if (DependencyOutage.Identify(exception) is { } dependency)
            {
                // An outage is not a bug: one line without a stack, and the client is told to come back.
                LogDependencyUnavailable(dependency, httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
                httpContext.Response.Headers.RetryAfter = DependencyOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                problem = Problems.Create(httpContext, StatusCodes.Status503ServiceUnavailable, "A service this request needs is unavailable. Try again shortly.");
            }
            else
            {
                LogUnhandled(exception, httpContext.Request.Method, httpContext.Request.Path);
                problem = Problems.Create(httpContext, StatusCodes.Status500InternalServerError, "An unexpected error occurred.");
            }
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        await Problems.Result(problem).ExecuteAsync(httpContext);
        return true;
    }

    private static string BadRequestDetail(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be application/json.",
        _ => "The request could not be read.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dependency {Dependency} unavailable for {Method} {Path}: {Reason}; answered 503")]
    private partial void LogDependencyUnavailable(string dependency, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
