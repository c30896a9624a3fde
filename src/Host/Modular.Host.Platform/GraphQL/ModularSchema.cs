using GraphQL;
using GraphQL.Types;
using Modular.Shared.Web.GraphQL;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// The schema of this process: <c>Query</c> and <c>Mutation</c> made of the root fields of every composed module's
/// part. Each root field must say who may call it (a policy or <c>AllowAnonymous</c>), or the host does not start.
/// <c>Decimal</c> is <see cref="ExactDecimalGraphType"/> wherever a part names the library's scalar. Introspection
/// answers the October 2021 fields GraphQL.NET knows (not <c>__Type.specifiedByURL</c>: it has no such field).
/// </summary>
internal sealed class ModularSchema : Schema
{
    public ModularSchema(IServiceProvider services, IEnumerable<IGraphQLSchemaPart> parts)
        : base(services)
    {
        // The October 2021 introspection: __Directive.isRepeatable, __InputValue.isDeprecated and includeDeprecated on
        // args and inputFields, which graphql-js's getIntrospectionQuery asks for when a tool turns its options on.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        // Registered before the parts' types are resolved, it takes the name wherever a field names the library's type.
        RegisterType(new ExactDecimalGraphType());
        var query = new ObjectGraphType { Name = "Query", Description = "Reads, each the same use case as a REST GET." };
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Changes, each the same use case as a REST POST, PUT, PATCH or DELETE." };
        foreach (var part in parts)
        {
            part.AddQueries(query);
            part.AddMutations(mutation);
        }

        var authorization = new GraphQLAuthorizationMiddleware();
        Guard(query, authorization);
        Guard(mutation, authorization);
        Query = query;
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
    }

    private static void Guard(ObjectGraphType root, GraphQLAuthorizationMiddleware authorization)
    {
        foreach (var field in root.Fields)
        {
            if (!field.IsAuthorizationRequired() && !field.IsAnonymousAllowed())
            {
                throw new InvalidOperationException(
                    $"GraphQL field {root.Name}.{field.Name} declares neither an authorization policy nor AllowAnonymous().");
            }

            field.ApplyMiddleware(authorization);
        }
    }
}
