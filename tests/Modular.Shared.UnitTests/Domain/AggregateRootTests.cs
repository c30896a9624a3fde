using Modular.Shared.Kernel.Domain;

namespace Modular.Shared.UnitTests.Domain;

public sealed class AggregateRootTests
{
    [Fact]
    public void A_new_aggregate_has_no_domain_events() =>
        Assert.Empty(new TestAggregate(Guid.NewGuid()).DomainEvents);

    [Fact]
    public void Raised_events_are_kept_in_order()
    {
        var aggregate = new TestAggregate(Guid.NewGuid());

        aggregate.Do("first");
        aggregate.Do("second");

        Assert.Equal(["first", "second"], aggregate.DomainEvents.Cast<SomethingHappened>().Select(e => e.What));
    }

    [Fact]
    public void Clearing_removes_every_event_and_later_events_are_kept_again()
    {
        var aggregate = new TestAggregate(Guid.NewGuid());
        aggregate.Do("first");

        ((IHasDomainEvents)aggregate).ClearDomainEvents();
        Assert.Empty(aggregate.DomainEvents);

        aggregate.Do("third");
        Assert.Equal("third", Assert.IsType<SomethingHappened>(Assert.Single(aggregate.DomainEvents)).What);
    }

    [Fact]
    public void DomainEvents_cannot_be_changed_from_outside() =>
        Assert.False(new TestAggregate(Guid.NewGuid()).DomainEvents is List<IDomainEvent>);
}
