using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Web.Problems;

namespace Modular.Shared.Web.Pagination;

/// <summary>
/// Binds <c>page</c> and <c>limit</c> from the query string with the contract's rules: integers, page &gt;= 1,
/// limit 1..100, defaults 1 and 20. Anything else is a 400 naming the field, never silently clamped.
/// </summary>
public sealed record PageQuery(int Page, int Limit)
{
    public PageRequest ToPageRequest() => new(Page, Limit);

    public static ValueTask<PageQuery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var errors = new List<ProblemError>();
        var page = Read(context, "page", PageRequest.DefaultPage, 1, int.MaxValue, errors);
        var limit = Read(context, "limit", PageRequest.DefaultLimit, 1, PageRequest.MaxLimit, errors);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return ValueTask.FromResult<PageQuery?>(new PageQuery(page, limit));
    }

    private static int Read(HttpContext context, string name, int fallback, int min, int max, List<ProblemError> errors)
    {
        var values = context.Request.Query[name];
        if (values.Count == 0)
        {
            return fallback;
        }

        if (values.Count > 1
            || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < min
            || value > max)
        {
            errors.Add(new ProblemError(name, $"'{name}' must be an integer from {min} to {max}."));
            return fallback;
        }

        return value;
    }
}
