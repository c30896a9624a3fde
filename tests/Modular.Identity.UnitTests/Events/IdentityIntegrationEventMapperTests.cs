using Modular.Identity.Infrastructure.Events;

namespace Modular.Identity.UnitTests.Events;

public sealed class IdentityIntegrationEventMapperTests
{
    [Fact]
    public void An_unmapped_domain_event_stays_inside_the_module() =>
        Assert.Empty(new IdentityIntegrationEventMapper().Map(new UnrelatedDomainEvent(DateTimeOffset.UtcNow)));
}
