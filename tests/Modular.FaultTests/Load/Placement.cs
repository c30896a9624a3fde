namespace Modular.FaultTests.Load;

/// <summary>One order placement the load sent: its Idempotency-Key ties it to whatever the database holds.</summary>
internal sealed class Placement(Guid userId, string idempotencyKey, IReadOnlyList<(Guid ProductId, int Quantity)> lines)
{
    public Guid UserId { get; } = userId;

    public string IdempotencyKey { get; } = idempotencyKey;

    public IReadOnlyList<(Guid ProductId, int Quantity)> Lines { get; } = lines;

    /// <summary>The HTTP status of the answer, -1 without one.</summary>
    public int Status { get; set; }

    /// <summary>The order id of a 201.</summary>
    public Guid? OrderId { get; set; }

    public double AnsweredAt { get; set; }

    /// <summary>A cancel of this order was answered 200.</summary>
    public bool Cancelled { get; set; }
}
