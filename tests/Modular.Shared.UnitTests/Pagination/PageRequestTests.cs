using Modular.Shared.Application.Pagination;

namespace Modular.Shared.UnitTests.Pagination;

public sealed class PageRequestTests
{
    [Theory]
    [InlineData(1, 20, 0L)]
    [InlineData(2, 20, 20L)]
    [InlineData(3, 20, 40L)]
    [InlineData(5, 1, 4L)]
    // (page - 1) * limit past 2^31: the offsets that overflowed 32 bits and reached PostgreSQL as a negative OFFSET.
    [InlineData(1_073_741_825, 2, 2_147_483_648L)]
    [InlineData(21_474_837, 100, 2_147_483_600L)]
    [InlineData(int.MaxValue, 100, 214_748_364_600L)]
    [InlineData(int.MaxValue, 1, 2_147_483_646L)]
    public void Offset_is_the_number_of_items_on_the_previous_pages_in_64_bits(int page, int limit, long expected) =>
        Assert.Equal(expected, new PageRequest(page, limit).Offset);

    [Theory]
    [InlineData(1, 20, 0L, true)]
    [InlineData(1, 20, 1L, false)]
    [InlineData(3, 20, 40L, true)]
    [InlineData(3, 20, 41L, false)]
    [InlineData(int.MaxValue, 100, long.MaxValue, false)]
    [InlineData(int.MaxValue, 100, 57L, true)]
    public void A_page_is_past_the_end_when_its_offset_reaches_the_total(int page, int limit, long total, bool pastEnd) =>
        Assert.Equal(pastEnd, new PageRequest(page, limit).IsPastEnd(total));

    [Theory]
    [InlineData(0, 20)]
    [InlineData(-1, 20)]
    [InlineData(int.MinValue, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    [InlineData(1, int.MaxValue)]
    public void Out_of_range_pages_and_limits_cannot_be_built(int page, int limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageRequest(page, limit));

    [Fact]
    public void Default_is_page_1_of_20()
    {
        Assert.Equal(new PageRequest(1, 20), PageRequest.Default);
        Assert.Equal(100, PageRequest.MaxLimit);
    }

    [Fact]
    public void Pages_count_from_the_total_without_overflow()
    {
        var metadata = PaginationMetadata.For(new PageRequest(int.MaxValue, 100), long.MaxValue - 100);

        Assert.Equal((long.MaxValue - 100 + 99) / 100, metadata.Pages);
        Assert.Equal(0, PaginationMetadata.For(PageRequest.Default, 0).Pages);
    }
}
