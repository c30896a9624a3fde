using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Application.Pagination;

namespace Modular.Orders.Application.Orders.ListOrders;

/// <summary>
/// Orders newest first, optionally only those in <paramref name="Status"/>. A non-admin gets only its own orders: a
/// <paramref name="UserId"/> naming someone else is Forbidden (its own id changes nothing); an admin gets all, or one
/// user's with <paramref name="UserId"/>.
/// </summary>
internal sealed record ListOrdersQuery(Guid CallerId, bool CallerIsAdmin, OrderStatus? Status, Guid? UserId, PageRequest Page) : IQuery<PagedResult<OrderResponse>>;
