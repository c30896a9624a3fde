using Ardalis.Result;
using Modular.Shared.Application.Messaging;

namespace Modular.ArchitectureTests.Fixtures.Handlers;

/// <summary>A public handler that declares the handler interface only through its base class.</summary>
public sealed class DerivedCommandHandler : CommandHandlerBase
{
    public override Task<Result<Unit>> HandleAsync(FixtureCommand command, CancellationToken cancellationToken) =>
        Task.FromResult(Result.Success(Unit.Value));
}
