using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Modular.Orders.Application.Orders;
using Modular.Orders.Domain.Orders;

namespace Modular.Orders.Infrastructure.Persistence.Configurations;

/// <summary>Stores a status under its contract name, so the column reads like the API.</summary>
internal sealed class OrderStatusConverter() : ValueConverter<OrderStatus, string>(
    status => OrderStatusNames.Of(status),
    name => Parse(name))
{
    private static OrderStatus Parse(string name) =>
        OrderStatusNames.TryParse(name, out var status) ? status : throw new InvalidOperationException($"Unknown order status '{name}' in the database.");
}
