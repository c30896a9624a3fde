namespace Modular.Shared.Kernel.Domain;

/// <summary>Something that happened inside an aggregate, raised before the change is saved.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
