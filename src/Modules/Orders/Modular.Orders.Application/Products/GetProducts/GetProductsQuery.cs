using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Products.GetProducts;

/// <summary>The products with these ids, read in one round trip (a GraphQL answer's order items); unknown ids are absent.</summary>
internal sealed record GetProductsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, ProductResponse>>;
