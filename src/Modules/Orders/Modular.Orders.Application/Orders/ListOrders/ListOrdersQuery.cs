using Modular.Shared.Application.Messaging;
using Modular.Shared.Application.Pagination;

namespace Modular.Orders.Application.Orders.ListOrders;

/// <summary>
/// Orders newest first. A non-admin always gets only its own orders (a <c>userId</c> it passes is ignored);
/// an admin gets all, or one user's with <c>userId</c>.
/// </summary>
public sealed record ListOrdersQuery(Guid CallerId, bool CallerIsAdmin, string? Status, string? UserId, PageRequest Page) : IQuery<PagedResult<OrderResponse>>;
