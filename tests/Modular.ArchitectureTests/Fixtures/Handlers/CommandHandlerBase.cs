using Ardalis.Result;
using Modular.Shared.Application.Messaging;

namespace Modular.ArchitectureTests.Fixtures.Handlers;

/// <summary>Abstract, so not a handler itself; its subclasses are.</summary>
public abstract class CommandHandlerBase : ICommandHandler<FixtureCommand, Unit>
{
    public abstract Task<Result<Unit>> HandleAsync(FixtureCommand command, CancellationToken cancellationToken);
}
