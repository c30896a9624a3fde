namespace Modular.FaultTests.Books;

/// <summary>An order as stored: its header, and the sum and count of its item rows.</summary>
internal sealed record OrderRow(Guid Id, Guid UserId, string Status, decimal Total, decimal ItemsTotal, int ItemCount);
