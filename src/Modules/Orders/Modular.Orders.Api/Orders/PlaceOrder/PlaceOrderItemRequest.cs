namespace Modular.Orders.Api.Orders.PlaceOrder;

/// <summary>
/// One line as a client sends it. The product id is text judged by the validator (a canonical UUID), not a <see cref="Guid"/>
/// the reader converts: GraphQL's <c>ID</c> takes an Int or any string (spec §3.5.5), and a conversion failing inside the
/// GraphQL library named .NET types in the answer ("Could not find conversion from 'System.Int32' to 'System.Guid'").
/// </summary>
internal sealed record PlaceOrderItemRequest(string? ProductId, int? Quantity);
