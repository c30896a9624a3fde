using Modular.Users.Infrastructure.Events;

namespace Modular.Users.UnitTests.Events;

public sealed class UsersIntegrationEventMapperTests
{
    [Fact]
    public void An_unmapped_domain_event_stays_inside_the_module() =>
        Assert.Empty(new UsersIntegrationEventMapper().Map(new UnrelatedDomainEvent(DateTimeOffset.UtcNow)));
}
