namespace Modular.Orders.IntegrationEvents;

/// <summary>One line of an <see cref="OrderPlaced"/> event, with the unit price the order was placed at.</summary>
public sealed record OrderPlacedItem(Guid ProductId, int Quantity, decimal UnitPrice);
