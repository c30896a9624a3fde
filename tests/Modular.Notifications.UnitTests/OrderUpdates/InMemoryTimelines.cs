using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.UnitTests.OrderUpdates;

/// <summary>Timelines kept in a dictionary: what the store would lock and save.</summary>
internal sealed class InMemoryTimelines : IOrderStatusTimelines
{
    public Dictionary<Guid, OrderStatus?> Stored { get; } = [];

    /// <summary>How many timelines each save stored.</summary>
    public List<int> Saves { get; } = [];

    public Task<IReadOnlyDictionary<Guid, OrderStatusTimeline>> LockAsync(IReadOnlyCollection<Guid> orderIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, OrderStatusTimeline>>(
            orderIds.ToDictionary(id => id, id => OrderStatusTimeline.Resume(id, Stored.GetValueOrDefault(id))));

    public Task SaveAsync(IReadOnlyCollection<OrderStatusTimeline> timelines, CancellationToken cancellationToken)
    {
        Saves.Add(timelines.Count);
        foreach (var timeline in timelines)
        {
            Stored[timeline.OrderId] = timeline.Told;
        }

        return Task.CompletedTask;
    }
}
