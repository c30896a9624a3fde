using Modular.Shared.Infrastructure.Inbox;

namespace Modular.Shared.Infrastructure.Messaging;

/// <summary>One integration event handler of one module, consumed from a queue of its own.</summary>
public sealed record ConsumerRegistration(string Module, Type EventType, Type HandlerType, Type DbContextType)
{
    /// <summary>Queue named after module and handler, so one module's backlog never stalls another's.</summary>
    public string QueueName => $"{Module}.{ConsumerNames.For(HandlerType)}";

    internal Type ConsumerType => typeof(InboxConsumer<,,>).MakeGenericType(EventType, HandlerType, DbContextType);
}
