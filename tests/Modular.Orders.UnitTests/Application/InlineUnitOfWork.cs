using Ardalis.Result;
using Modular.Orders.Application.Abstractions;

namespace Modular.Orders.UnitTests.Application;

/// <summary>Runs the work as is and records whether it asked to commit.</summary>
internal sealed class InlineUnitOfWork : IOrdersUnitOfWork
{
    public int Runs { get; private set; }

    public async Task<Result<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        Runs++;
        return await work(cancellationToken);
    }
}
