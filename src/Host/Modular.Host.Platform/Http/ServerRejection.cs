namespace Modular.Host.Platform.Http;

/// <summary>The contract's answer to a request Kestrel refused: the bytes sent instead of Kestrel's, and what the log names.</summary>
internal sealed record ServerRejection(int Status, string CorrelationId, string TraceId, byte[] Response);
