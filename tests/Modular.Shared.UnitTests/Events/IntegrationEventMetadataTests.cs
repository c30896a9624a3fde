using Modular.Shared.Infrastructure.Events;

namespace Modular.Shared.UnitTests.Events;

public sealed class IntegrationEventMetadataTests
{
    [Fact]
    public void Read_returns_the_event_id_and_the_time_it_occurred()
    {
        var eventId = Guid.NewGuid();
        var occurredAt = new DateTimeOffset(2026, 11, 23, 19, 40, 0, TimeSpan.Zero);

        var metadata = IntegrationEventMetadata.Read(new SampleEvent(eventId, occurredAt, "x"));

        Assert.Equal(new IntegrationEventMetadata(eventId, occurredAt), metadata);
    }

    [Fact]
    public void Read_treats_a_DateTime_OccurredAt_as_utc()
    {
        var eventId = Guid.NewGuid();

        var metadata = IntegrationEventMetadata.Read(new SampleEventWithDateTime(eventId, new DateTime(2026, 11, 23, 19, 40, 0, DateTimeKind.Unspecified)));

        Assert.Equal(eventId, metadata.EventId);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 19, 40, 0, TimeSpan.Zero), metadata.OccurredAt);
        Assert.Equal(TimeSpan.Zero, metadata.OccurredAt.Offset);
    }

    [Fact]
    public void Read_throws_for_a_type_without_EventId()
    {
        var exception = Assert.Throws<InvalidOperationException>(
            () => IntegrationEventMetadata.Read(new EventWithoutEventId(Guid.NewGuid(), DateTimeOffset.UnixEpoch)));

        Assert.Contains("EventId", exception.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(EventWithoutEventId), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_throws_for_an_EventId_that_is_not_a_Guid()
    {
        var exception = Assert.Throws<InvalidOperationException>(
            () => IntegrationEventMetadata.Read(new EventWithStringEventId("1", DateTimeOffset.UnixEpoch)));

        Assert.Contains("Guid", exception.Message, StringComparison.Ordinal);
    }
}
