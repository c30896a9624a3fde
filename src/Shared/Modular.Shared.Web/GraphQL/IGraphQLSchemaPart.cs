using GraphQL.Types;

namespace Modular.Shared.Web.GraphQL;

/// <summary>
/// A module's part of the GraphQL schema: the root fields it adds to <c>Query</c> and <c>Mutation</c>. Each module
/// registers its part from its own registration call (<see cref="GraphQLSchemaPartServiceCollectionExtensions.AddGraphQLSchemaPart{TPart}"/>),
/// so a module the process does not compose contributes nothing. Every root field declares who may call it:
/// <c>AuthorizeWithPolicy</c> with an <see cref="Authentication.AuthorizationPolicies"/> name, or <c>AllowAnonymous</c>.
/// </summary>
public interface IGraphQLSchemaPart
{
    void AddQueries(ObjectGraphType query);

    void AddMutations(ObjectGraphType mutation);
}
