using Ardalis.Result;
using Modular.Shared.Application.Messaging;

namespace Modular.ArchitectureTests.Fixtures.Handlers;

/// <summary>Callable directly, bypassing the decorators (the Orders transaction).</summary>
public sealed class PublicCommandHandler : ICommandHandler<FixtureCommand, Unit>
{
    public Task<Result<Unit>> HandleAsync(FixtureCommand command, CancellationToken cancellationToken) =>
        Task.FromResult(Result.Success(Unit.Value));
}
