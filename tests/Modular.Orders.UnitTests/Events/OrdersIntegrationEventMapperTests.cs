using Modular.Orders.Infrastructure.Events;

namespace Modular.Orders.UnitTests.Events;

public sealed class OrdersIntegrationEventMapperTests
{
    [Fact]
    public void An_unmapped_domain_event_stays_inside_the_module() =>
        Assert.Empty(new OrdersIntegrationEventMapper().Map(new UnrelatedDomainEvent(DateTimeOffset.UtcNow)));
}
