using MassTransit;

namespace Modular.ArchitectureTests.Fixtures.References;

/// <summary>Stands for a type that uses the message bus.</summary>
internal static class ReferencesMassTransit
{
    public static Task Publish(IBus bus, object message) => bus.Publish(message);
}
