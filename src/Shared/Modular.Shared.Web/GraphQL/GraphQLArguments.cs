using GraphQL;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Kernel.Identifiers;
using Modular.Shared.Web.Problems;

namespace Modular.Shared.Web.GraphQL;

/// <summary>Reads the arguments every module's fields share: ids and the contract's paging.</summary>
public static class GraphQLArguments
{
    public const string Id = "id";
    public const string Page = "page";
    public const string Limit = "limit";

    /// <summary>
    /// The <c>id</c> argument as a UUID. One that is not a UUID names nothing, so it is <c>NOT_FOUND</c> like an unknown
    /// one (REST answers 404 for such a path too).
    /// </summary>
    public static Guid GetId(this IResolveFieldContext context, string what, string name = Id)
    {
        var value = context.GetArgument<string>(name);
        return UuidText.TryParse(value, out var id)
            ? id
            : throw new GraphQLFieldError(GraphQLErrorCodes.NotFound, $"{what} {value} does not exist.");
    }

    /// <summary><c>page</c> (&gt;= 1, default 1) and <c>limit</c> (1..100, default 20): out of range is <c>BAD_USER_INPUT</c>, never clamped.</summary>
    public static PageRequest GetPage(this IResolveFieldContext context)
    {
        var page = context.GetArgument(Page, PageRequest.DefaultPage);
        var limit = context.GetArgument(Limit, PageRequest.DefaultLimit);
        var errors = new List<ProblemError>();
        if (page < 1)
        {
            errors.Add(OutOfRange(Page, 1, int.MaxValue));
        }

        if (limit is < 1 or > PageRequest.MaxLimit)
        {
            errors.Add(OutOfRange(Limit, 1, PageRequest.MaxLimit));
        }

        return errors.Count == 0 ? new PageRequest(page, limit) : throw GraphQLFieldError.Invalid(errors);
    }

    private static ProblemError OutOfRange(string name, int min, int max) => new(name, $"'{name}' must be an integer from {min} to {max}.");
}
