namespace Modular.Shared.Application.Pagination;

/// <summary>A 1-based page of at most <see cref="Limit"/> items, within the contract's bounds.</summary>
public sealed record PageRequest(int Page, int Limit)
{
    public const int DefaultPage = 1;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static PageRequest Default { get; } = new(DefaultPage, DefaultLimit);

    public int Skip => (Page - 1) * Limit;
}
