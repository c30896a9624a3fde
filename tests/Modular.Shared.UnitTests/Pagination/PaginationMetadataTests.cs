using Modular.Shared.Application.Pagination;

namespace Modular.Shared.UnitTests.Pagination;

public sealed class PaginationMetadataTests
{
    [Theory]
    [InlineData(0, 20, 0)]
    [InlineData(1, 20, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(21, 20, 2)]
    [InlineData(57, 20, 3)]
    [InlineData(100, 100, 1)]
    [InlineData(101, 100, 2)]
    [InlineData(7, 1, 7)]
    public void Pages_is_the_ceiling_of_total_over_limit(long total, int limit, long expectedPages)
    {
        var metadata = PaginationMetadata.For(new PageRequest(2, limit), total);

        Assert.Equal(new PaginationMetadata(2, limit, total, expectedPages), metadata);
    }

    [Fact]
    public void PagedResult_carries_the_data_and_the_metadata_of_the_request()
    {
        string[] data = ["a", "b"];

        var result = PagedResult<string>.Create(data, new PageRequest(3, 2), 6);

        Assert.Same(data, result.Data);
        Assert.Equal(new PaginationMetadata(3, 2, 6, 3), result.Pagination);
    }

    [Fact]
    public void PagedResult_of_an_empty_list_has_zero_pages()
    {
        var result = PagedResult<string>.Create([], PageRequest.Default, 0);

        Assert.Empty(result.Data);
        Assert.Equal(0, result.Pagination.Pages);
    }
}
