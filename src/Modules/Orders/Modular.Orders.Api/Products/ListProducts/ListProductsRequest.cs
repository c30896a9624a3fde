using Microsoft.AspNetCore.Mvc;

namespace Modular.Orders.Api.Products.ListProducts;

/// <summary>The filter of <c>GET /api/products</c> (paging is <c>PageQuery</c>'s).</summary>
internal sealed record ListProductsRequest([FromQuery(Name = "search")] string? Search);
