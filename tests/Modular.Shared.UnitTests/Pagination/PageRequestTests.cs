using Modular.Shared.Application.Pagination;

namespace Modular.Shared.UnitTests.Pagination;

public sealed class PageRequestTests
{
    [Theory]
    [InlineData(1, 20, 0)]
    [InlineData(2, 20, 20)]
    [InlineData(3, 20, 40)]
    [InlineData(5, 1, 4)]
    public void Skip_is_the_number_of_items_on_the_previous_pages(int page, int limit, int expectedSkip) =>
        Assert.Equal(expectedSkip, new PageRequest(page, limit).Skip);

    [Fact]
    public void Default_is_page_1_of_20()
    {
        Assert.Equal(new PageRequest(1, 20), PageRequest.Default);
        Assert.Equal(100, PageRequest.MaxLimit);
    }
}
