using Microsoft.AspNetCore.Mvc;
using Modular.Shared.Web.Parameters;

namespace Modular.Orders.Api.Products.ListProducts;

/// <summary>The filter of <c>GET /api/products</c> (paging is <c>PageQuery</c>'s).</summary>
internal sealed record ListProductsRequest(
    [FromQuery(Name = "search")]
    [property: QueryFilterDescription("Text the sku or name contains, case-insensitively: plain text, no control characters.")]
    string? Search);
