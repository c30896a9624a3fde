using Microsoft.AspNetCore.Http;

namespace Modular.Shared.Web.Problems;

/// <summary>
/// The <c>detail</c> of a problem whose answerer gave none: routing's 404 and 405, an authorization policy's 403, a
/// framework refusal. RFC 9457 §3.1.4 leaves <c>detail</c> optional, but the contract's problems carry one, and it is the
/// member clients show to people. It names no input beyond the method, so it cannot echo what a client sent.
/// </summary>
public static class DefaultProblemDetail
{
    /// <summary>A sentence for <paramref name="status"/> on this request; the title with a full stop for a status without its own.</summary>
    public static string For(HttpContext httpContext, int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Valid credentials are required.",
        StatusCodes.Status403Forbidden => "The authenticated caller is not allowed to do this.",
        StatusCodes.Status404NotFound => "No resource exists at this path.",
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed(httpContext),
        StatusCodes.Status406NotAcceptable => "None of the media types the request accepts can be produced.",
        StatusCodes.Status429TooManyRequests => "Too many requests; retry after the time Retry-After gives.",
        >= StatusCodes.Status500InternalServerError and < StatusCodes.Status503ServiceUnavailable => "The server could not complete the request.",
        StatusCodes.Status503ServiceUnavailable => "The service is not ready; retry later.",
        _ => $"{ProblemTypes.Title(status)}.",
    };

    // Kestrel only accepts token characters in a method, so naming it echoes nothing arbitrary. The methods are left to the
    // Allow header: it is completed as the answer starts (HEAD wherever GET is), after this detail is written.
    private static string MethodNotAllowed(HttpContext httpContext) =>
        $"{httpContext.Request.Method} is not allowed on this path; the Allow header lists the methods that are.";
}
