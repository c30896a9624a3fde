using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Foundation;

[Collection(ApiCollection.Name)]
public sealed class ContractExchangeTests(ModularApiFactory factory)
{
    public static TheoryData<string> ContractExchanges =>
    [
        "identity.user-registered",
        "identity.user-roles-changed",
        "users.user-profile-updated",
        "users.user-email-changed",
        "users.user-deleted",
        "orders.order-placed",
        "orders.order-confirmed",
        "orders.order-cancelled",
    ];

    [Theory]
    [MemberData(nameof(ContractExchanges))]
    public async Task Every_contract_exchange_exists_as_a_durable_fanout_once_the_host_runs(string exchange)
    {
        _ = factory.Services;
        using var rabbit = new RabbitManagement();

        var exchanges = await Eventually.Until(
            rabbit.ExchangesAsync, found => found.Any(candidate => candidate.Name == exchange), TimeSpan.FromSeconds(30), $"exchange {exchange}");

        Assert.Contains((exchange, "fanout", true), exchanges);
    }
}
