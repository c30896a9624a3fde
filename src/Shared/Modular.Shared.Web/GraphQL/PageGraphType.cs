using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Modular.Shared.Application.Pagination;

namespace Modular.Shared.Web.GraphQL;

/// <summary>
/// A list answer as REST's: <c>{data, pagination}</c>. Named after its item type (<c>ProductGraphType</c> gives
/// <c>ProductPage</c>). Each item of <c>data</c> counts <c>limit</c> times towards the complexity budget.
/// </summary>
public sealed class PageGraphType<TItemType, TItem> : ObjectGraphType<PagedResult<TItem>>
    where TItemType : IGraphType
{
    public PageGraphType()
    {
        Name = $"{typeof(TItemType).Name.Replace("GraphType", string.Empty, StringComparison.Ordinal)}Page";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemType>>>>("data")
            .Description("The items of this page.")
            .WithComplexityImpact(context => new FieldComplexityResult(
                context.Configuration.DefaultObjectImpact,
                context.Parent?.GetArgument(GraphQLArguments.Limit, PageRequest.DefaultLimit) ?? PageRequest.DefaultLimit))
            .Resolve(context => context.Source.Data);
        Field<NonNullGraphType<PaginationGraphType>>("pagination").Resolve(context => context.Source.Pagination);
    }
}
