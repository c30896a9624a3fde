using Modular.Shared.Application.Messaging;

namespace Modular.ArchitectureTests.Fixtures.Handlers;

public sealed record FixtureQuery : IQuery<int>;
