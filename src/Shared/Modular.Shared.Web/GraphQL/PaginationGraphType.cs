using GraphQL.Types;
using Modular.Shared.Application.Pagination;

namespace Modular.Shared.Web.GraphQL;

/// <summary>The <c>pagination</c> of a list answer, as REST's: <c>{page, limit, total, pages}</c>.</summary>
public sealed class PaginationGraphType : ObjectGraphType<PaginationMetadata>
{
    public PaginationGraphType()
    {
        Name = "Pagination";
        Field(pagination => pagination.Page).Description("The 1-based page of this answer.");
        Field(pagination => pagination.Limit).Description("Items per page (1..100).");
        Field<NonNullGraphType<IntGraphType>>("total").Description("Items matching, over all pages.").Resolve(context => checked((int)context.Source.Total));
        Field<NonNullGraphType<IntGraphType>>("pages").Description("ceil(total / limit): 0 for an empty list.").Resolve(context => checked((int)context.Source.Pages));
    }
}
