using Microsoft.EntityFrameworkCore;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Domain.Orders;
using Modular.Orders.Infrastructure.Persistence.Configurations;
using Modular.Shared.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Orders.Infrastructure.Persistence;

internal sealed class OrderRepository(OrdersDbContext context) : EfRepository<Order, OrdersDbContext>(context), IOrderRepository
{
    private const string Table = $"{OrdersModuleInfo.Schema}.{OrderConfiguration.TableName}";
    private const string LockHeaders = $"SELECT * FROM {Table} WHERE id = ANY(@ids) ORDER BY id FOR UPDATE";
    private static readonly string Pending = OrderStatusNames.Of(OrderStatus.Pending);

    public Task<Order?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Context.Set<Order>().AsNoTracking().Include(order => order.Items).FirstOrDefaultAsync(order => order.Id == id, cancellationToken);

    public async Task<Order?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        var locked = await OrdersSql.IdsAsync(Context, $"SELECT id FROM {Table} WHERE id = @id FOR UPDATE", parameters => parameters.AddWithValue("id", id), cancellationToken);
        return locked.Count == 0 ? null : (await LoadAsync(locked, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Order>> GetHeadersForUpdateAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        // In id order, as every path that locks several orders: transactions never wait on each other in a cycle.
        // Locked and loaded by one statement; the items stay in the database (a confirmation batch never reads them).
        await Context.Set<Order>()
            .FromSqlRaw(LockHeaders, new NpgsqlParameter("ids", ids.ToArray()))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Order>> GetPendingOfUserForUpdateAsync(Guid userId, CancellationToken cancellationToken)
    {
        var locked = await OrdersSql.IdsAsync(
            Context,
            $"SELECT id FROM {Table} WHERE user_id = @user AND status = @pending ORDER BY id FOR UPDATE",
            parameters =>
            {
                parameters.AddWithValue("user", userId);
                parameters.AddWithValue("pending", Pending);
            },
            cancellationToken);
        return await LoadAsync(locked, cancellationToken);
    }

    public async Task<IReadOnlyList<Order>> GetPendingSinceForUpdateAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        // SKIP LOCKED: several instances run this job; each takes orders no other one is working on.
        var locked = await OrdersSql.IdsAsync(
            Context,
            $"SELECT id FROM {Table} WHERE status = @pending AND created_at < @cutoff ORDER BY id LIMIT @limit FOR UPDATE SKIP LOCKED",
            parameters =>
            {
                parameters.AddWithValue("pending", Pending);
                parameters.AddWithValue("cutoff", NpgsqlDbType.TimestampTz, cutoff);
                parameters.AddWithValue("limit", limit);
            },
            cancellationToken);
        return await LoadAsync(locked, cancellationToken);
    }

    Task IOrderRepository.SaveChangesAsync(CancellationToken cancellationToken) => Context.SaveChangesAsync(cancellationToken);

    private async Task<IReadOnlyList<Order>> LoadAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await Context.Set<Order>().Include(order => order.Items).Where(order => ids.Contains(order.Id)).ToListAsync(cancellationToken);
}
