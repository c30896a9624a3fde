namespace Modular.Shared.Application.Pagination;

/// <summary>A 1-based page of at most <see cref="Limit"/> items, within the contract's bounds (page &gt;= 1, limit 1..100).</summary>
public sealed record PageRequest
{
    public const int DefaultPage = 1;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <exception cref="ArgumentOutOfRangeException">A page below 1 or a limit outside 1..<see cref="MaxLimit"/>: edges validate first.</exception>
    public PageRequest(int page, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        Page = page;
        Limit = limit;
    }

    public static PageRequest Default { get; } = new(DefaultPage, DefaultLimit);

    public int Page { get; }

    public int Limit { get; }

    /// <summary>
    /// The items on the previous pages, in 64 bits: <c>(page - 1) * limit</c> passes 2^31 from page 21,474,837 at
    /// limit 100, and every page a client may ask for (any 32-bit page) has an offset that fits.
    /// </summary>
    public long Offset => (Page - 1L) * Limit;

    /// <summary>True when nothing of <paramref name="total"/> items is on this page: answer from the count alone.</summary>
    public bool IsPastEnd(long total) => Offset >= total;
}
