using Modular.Shared.Kernel.Domain;

namespace Modular.Shared.UnitTests.Domain;

public sealed class OtherAggregate(Guid id) : AggregateRoot<Guid>(id);
