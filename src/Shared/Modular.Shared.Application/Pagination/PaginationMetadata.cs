namespace Modular.Shared.Application.Pagination;

public sealed record PaginationMetadata(int Page, int Limit, long Total, long Pages)
{
    public static PaginationMetadata For(PageRequest request, long total) =>
        new(request.Page, request.Limit, total, (total + request.Limit - 1) / request.Limit);
}
