using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Specifications;

namespace Modular.Orders.Application.Abstractions;

internal interface IOrderRepository : IReadRepository<Order>
{
    /// <summary>Loads an order with its items, without locking it.</summary>
    Task<Order?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Loads and row-locks an order until the transaction ends, so state changes on it are serialized.</summary>
    Task<Order?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Row-locks (in id order) and loads the orders among <paramref name="ids"/> that exist, in one statement and
    /// <b>without their items</b> (<see cref="Order.Items"/> is empty): only for changes that never read the items, such
    /// as <see cref="Order.Confirm"/>. A cancellation gives stock back by the items: it uses <see cref="GetForUpdateAsync(Guid, CancellationToken)"/>.
    /// </summary>
    Task<IReadOnlyList<Order>> GetHeadersForUpdateAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Row-locks and loads a user's pending orders.</summary>
    Task<IReadOnlyList<Order>> GetPendingOfUserForUpdateAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Row-locks and loads up to <paramref name="limit"/> orders pending since before <paramref name="cutoff"/>; rows another transaction holds are skipped.</summary>
    Task<IReadOnlyList<Order>> GetPendingSinceForUpdateAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken);

    void Add(Order order);

    Task SaveChangesAsync(CancellationToken cancellationToken);
}
