namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>One module's outbox: the module (the <c>module</c> tag of the metrics) and the schema holding its table.</summary>
internal sealed record ModuleOutbox(string Module, string Schema);
