using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Modular.Shared.Application.Pagination;

namespace Modular.Shared.Web.GraphQL;

public static class GraphQLFieldBuilderExtensions
{
    /// <summary>Metadata key naming the rate-limit policy (<see cref="RateLimiting.RateLimitPolicies"/>) a root field spends besides the <c>/api</c> budget.</summary>
    public const string RateLimitPolicyKey = "modular:rateLimitPolicy";

    /// <summary>The contract's paging arguments: <c>page: Int = 1</c>, <c>limit: Int = 20</c> (read them with <see cref="GraphQLArguments.GetPage"/>).</summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>(GraphQLArguments.Page, argument =>
            {
                argument.Description = "1-based page (>= 1).";
                argument.DefaultValue = PageRequest.DefaultPage;
            })
            .Argument<IntGraphType>(GraphQLArguments.Limit, argument =>
            {
                argument.Description = $"Items per page (1..{PageRequest.MaxLimit}).";
                argument.DefaultValue = PageRequest.DefaultLimit;
            });

    /// <summary>The <c>id: ID!</c> argument (read it with <see cref="GraphQLArguments.GetId"/>).</summary>
    public static FieldBuilder<TSource, TReturn> IdArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string description) =>
        field.Argument<NonNullGraphType<IdGraphType>>(GraphQLArguments.Id, description);

    /// <summary>Like REST's <c>RequireRateLimiting</c>: the field also spends the named policy's budget (login, register).</summary>
    public static FieldBuilder<TSource, TReturn> RequireRateLimiting<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string policy) =>
        field.WithMetadata(RateLimitPolicyKey, policy);
}
