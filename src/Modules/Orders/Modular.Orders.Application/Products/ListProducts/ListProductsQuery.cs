using Modular.Shared.Application.Messaging;
using Modular.Shared.Application.Pagination;

namespace Modular.Orders.Application.Products.ListProducts;

internal sealed record ListProductsQuery(PageRequest Page, string? Search) : IQuery<PagedResult<ProductResponse>>;
