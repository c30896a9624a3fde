using GraphQL;
using GraphQL.Types;
using Modular.Shared.Web.GraphQL;

namespace Modular.IntegrationTests.Platform;

/// <summary>A schema part that exists only in the platform test hosts: <c>testFailure</c> fails the way a database error would.</summary>
internal sealed class FailingGraphQLPart : IGraphQLSchemaPart
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<StringGraphType, string>("testFailure")
            .AllowAnonymous()
            .Resolve(_ => throw new InvalidOperationException(TestEndpoints.SecretFailureText));

    public void AddMutations(ObjectGraphType mutation)
    {
    }
}
