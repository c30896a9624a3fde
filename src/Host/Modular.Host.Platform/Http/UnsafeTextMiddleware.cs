using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Http;

/// <summary>
/// Refuses NUL and unpaired surrogates in the path, route values and query string with a 400 naming the input,
/// before any endpoint can pass them to a database. JSON bodies are checked by the serializer (<see cref="Json.SafeStringConverter"/>).
/// </summary>
internal sealed class UnsafeTextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var field = FindUnsafeInput(context.Request);
        if (field is null)
        {
            return next(context);
        }

        var problem = Problems.Validation(context, [new ProblemError(field, $"'{field}' {UnsafeText.Message}")]);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Problems.Result(problem).ExecuteAsync(context);
    }

    private static string? FindUnsafeInput(HttpRequest request)
    {
        // Kestrel keeps undecodable escapes (an encoded surrogate) percent-encoded; the raw target shows them.
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } target ? target : request.Path.Value;
        if (UnsafeText.IsUnsafe(request.Path.Value) || UnsafeText.IsUnsafe(request.PathBase.Value) || UnsafeText.IsUnsafeEncoded(PathOf(rawTarget)))
        {
            return "path";
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && UnsafeText.IsUnsafe(text))
            {
                return name;
            }
        }

        foreach (var (name, values) in request.Query)
        {
            if (UnsafeText.IsUnsafe(name))
            {
                return "query";
            }

            foreach (var value in values)
            {
                if (UnsafeText.IsUnsafe(value))
                {
                    return name;
                }
            }
        }

        return FindUnsafeEncodedQuery(request.QueryString.Value);
    }

    /// <summary>The decoder turns undecodable bytes into U+FFFD, so the raw pairs are checked too, naming the parameter.</summary>
    private static string? FindUnsafeEncodedQuery(string? rawQuery)
    {
        foreach (var pair in (rawQuery ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (UnsafeText.IsUnsafeEncoded(parts[0]))
            {
                return "query";
            }

            if (parts.Length == 2 && UnsafeText.IsUnsafeEncoded(parts[1]))
            {
                return Uri.UnescapeDataString(parts[0].Replace('+', ' '));
            }
        }

        return null;
    }

    private static string? PathOf(string? rawTarget) => rawTarget?.Split('?', 2)[0];
}
