using GraphQL.Types;

namespace Modular.ArchitectureTests.Fixtures.GraphQL;

/// <summary>Stands for a graph type that uses the Users module's Infrastructure layer.</summary>
internal sealed class InfrastructureGraphType : ObjectGraphType
{
    public InfrastructureGraphType() => Name = Modular.Users.Infrastructure.AssemblyReference.Assembly.GetName().Name!;
}
