namespace Modular.FaultTests.Books;

/// <summary>An Orders event in the outbox: which exchange it goes to, for which order, and whether it was relayed.</summary>
internal sealed record OutboxRow(Guid EventId, string Exchange, Guid OrderId, bool Relayed, int Attempts);
