using System.Reflection;
using System.Text.Json;
using MassTransit;
using Modular.Orders.IntegrationEvents;

namespace Modular.Orders.UnitTests.IntegrationEvents;

public sealed class OrdersIntegrationEventContractTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [MemberData(nameof(OrdersEventContract.Events), MemberType = typeof(OrdersEventContract))]
    public void Event_is_published_on_the_contract_exchange(string exchange, string[] _)
    {
        var type = OrdersEventContract.Sample(exchange).GetType();

        Assert.Equal(exchange, type.GetCustomAttribute<EntityNameAttribute>()?.EntityName);
    }

    [Theory]
    [MemberData(nameof(OrdersEventContract.Events), MemberType = typeof(OrdersEventContract))]
    public void Event_serializes_to_exactly_the_contract_fields(string exchange, string[] fields)
    {
        var sample = OrdersEventContract.Sample(exchange);

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(sample, sample.GetType(), Web));

        Assert.Equal(fields.Order(StringComparer.Ordinal), document.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OrdersEventContract.Events), MemberType = typeof(OrdersEventContract))]
    public void Event_is_a_public_sealed_record(string exchange, string[] _)
    {
        var type = OrdersEventContract.Sample(exchange).GetType();

        Assert.True(type.IsPublic, $"{type.Name} must be public");
        Assert.True(type.IsSealed, $"{type.Name} must be sealed");
        Assert.NotNull(type.GetMethod("<Clone>$"));
    }

    [Fact]
    public void Every_event_the_module_publishes_is_in_the_contract()
    {
        var contract = OrdersEventContract.Events.Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        var published = AssemblyReference.Assembly.GetTypes()
            .Select(type => type.GetCustomAttribute<EntityNameAttribute>()?.EntityName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

        Assert.Equal(contract, published);
    }
}
