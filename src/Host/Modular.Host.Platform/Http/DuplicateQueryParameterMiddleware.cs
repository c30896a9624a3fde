using Microsoft.AspNetCore.Http;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Http;

/// <summary>
/// No parameter of the contract takes several values, and binders disagree on what two mean (the first, the last, or
/// both joined with a comma): a query parameter given more than once is a 400 naming it, on every endpoint.
/// </summary>
internal sealed class DuplicateQueryParameterMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        foreach (var (name, values) in context.Request.Query)
        {
            if (values.Count > 1)
            {
                var field = name.Length == 0 ? "query" : FirstSpelling(context.Request.QueryString, name);
                var problem = Problems.Validation(context, [new ProblemError(field, $"'{field}' must be given at most once.")]);
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Problems.Result(problem).ExecuteAsync(context);
            }
        }

        return next(context);
    }

    /// <summary>The name as the client first wrote it (the collection keeps whichever spelling it met last).</summary>
    private static string FirstSpelling(QueryString query, string name)
    {
        foreach (var pair in (query.Value ?? string.Empty).TrimStart('?').Split('&'))
        {
            var key = Uri.UnescapeDataString(pair.Split('=', 2)[0].Replace('+', ' '));
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }

        return name;
    }
}
