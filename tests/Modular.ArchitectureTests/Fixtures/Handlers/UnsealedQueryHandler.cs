using Ardalis.Result;
using Modular.Shared.Application.Messaging;

namespace Modular.ArchitectureTests.Fixtures.Handlers;

/// <summary>Internal, but open to subclasses.</summary>
internal class UnsealedQueryHandler : IQueryHandler<FixtureQuery, int>
{
    public Task<Result<int>> HandleAsync(FixtureQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(Result.Success(0));
}
