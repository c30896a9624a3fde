using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Web.Parameters;
using Modular.Shared.Web.Problems;

namespace Modular.Shared.Web.Pagination;

/// <summary>
/// Binds <c>page</c> and <c>limit</c> from the query string with the contract's rules: integers, page &gt;= 1,
/// limit 1..100, defaults 1 and 20. Anything else is a 400 naming the field, never silently clamped. The bounds are
/// <see cref="Page"/> and <see cref="Limit"/>'s declarations, which every endpoint binding a <see cref="PageQuery"/> also
/// carries as metadata, so the API description states what this binder enforces.
/// </summary>
public sealed record PageQuery(int Page, int Limit) : IEndpointParameterMetadataProvider
{
    public static IntegerQueryParameter PageParameter { get; } =
        new("page", "The 1-based page to answer; past the last page the data is empty.", 1, int.MaxValue, PageRequest.DefaultPage);

    public static IntegerQueryParameter LimitParameter { get; } =
        new("limit", "How many items a page holds at most.", 1, PageRequest.MaxLimit, PageRequest.DefaultLimit);

    public PageRequest ToPageRequest() => new(Page, Limit);

    public static ValueTask<PageQuery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var errors = new List<ProblemError>();
        var page = Read(context, PageParameter, errors);
        var limit = Read(context, LimitParameter, errors);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return ValueTask.FromResult<PageQuery?>(new PageQuery(page, limit));
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        builder.Metadata.Add(PageParameter);
        builder.Metadata.Add(LimitParameter);
    }

    private static int Read(HttpContext context, IntegerQueryParameter parameter, List<ProblemError> errors)
    {
        var name = parameter.Name;
        var values = context.Request.Query[name];
        if (values.Count == 0)
        {
            return parameter.Default;
        }

        if (values.Count > 1
            || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < parameter.Minimum
            || value > parameter.Maximum)
        {
            errors.Add(new ProblemError(name, $"'{name}' must be an integer from {parameter.Minimum} to {parameter.Maximum}."));
            return parameter.Default;
        }

        return value;
    }
}
