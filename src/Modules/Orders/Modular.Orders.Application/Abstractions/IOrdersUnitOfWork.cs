using Ardalis.Result;

namespace Modular.Orders.Application.Abstractions;

/// <summary>
/// Runs work in one database transaction of the Orders module: committed when the work succeeds, rolled back
/// when it answers a failed result or throws. A deadlock or serialization failure reruns the whole work.
/// Inside an ambient transaction (an inbox consumer's) the work joins it instead.
/// </summary>
public interface IOrdersUnitOfWork
{
    Task<Result<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken);
}
