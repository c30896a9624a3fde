using Modular.Shared.Kernel.Domain;

namespace Modular.Shared.UnitTests.Domain;

public sealed class TestAggregate(Guid id) : AggregateRoot<Guid>(id)
{
    public void Do(string what) => Raise(new SomethingHappened(what, DateTimeOffset.UnixEpoch));
}
