using GraphQL.Types;
using Modular.Shared.Web.GraphQL;

namespace Modular.ArchitectureTests.Fixtures.GraphQL;

/// <summary>A well-formed schema part; <see cref="FixtureGraphQLModule"/> registers it, <see cref="RogueRegistration"/> should not.</summary>
internal sealed class FixtureSchemaPart : IGraphQLSchemaPart
{
    public void AddQueries(ObjectGraphType query) => query.Field<StringGraphType>("fixture");

    public void AddMutations(ObjectGraphType mutation)
    {
    }
}
