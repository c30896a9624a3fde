using System.Reflection;
using Microsoft.AspNetCore.Http;
using Modular.Shared.Web.Pagination;
using Modular.Shared.Web.Problems;

namespace Modular.Shared.UnitTests.Web;

public sealed class PageQueryTests
{
    private static readonly ParameterInfo Parameter =
        typeof(PageQuery).GetMethod(nameof(PageQuery.BindAsync))!.GetParameters()[1];

    [Fact]
    public async Task Missing_values_default_to_page_1_and_limit_20()
    {
        var query = await BindAsync(string.Empty);

        Assert.Equal(new PageQuery(1, 20), query);
    }

    [Theory]
    [InlineData("?page=3&limit=100", 3, 100)]
    [InlineData("?limit=1", 1, 1)]
    [InlineData("?page=2147483647", int.MaxValue, 20)]
    [InlineData("?page=07", 7, 20)]
    public async Task Values_in_range_are_bound(string queryString, int expectedPage, int expectedLimit)
    {
        var query = await BindAsync(queryString);

        Assert.Equal(new PageQuery(expectedPage, expectedLimit), query);
        Assert.Equal(expectedPage, query!.ToPageRequest().Page);
        Assert.Equal(expectedLimit, query.ToPageRequest().Limit);
    }

    [Theory]
    [InlineData("?page=abc", "page")]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=", "page")]
    [InlineData("?page=1&page=2", "page")]
    [InlineData("?page=2147483648", "page")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?limit=1.5", "limit")]
    [InlineData("?limit=%2B5", "limit")]
    [InlineData("?limit=%205", "limit")]
    public async Task Out_of_range_or_non_integer_values_are_refused_naming_the_field(string queryString, string field)
    {
        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => BindAsync(queryString));

        Assert.Equal(field, Assert.Single(exception.Errors).Field);
    }

    [Fact]
    public async Task Both_fields_are_reported_when_both_are_wrong()
    {
        var exception = await Assert.ThrowsAsync<RequestValidationException>(() => BindAsync("?page=x&limit=1000"));

        Assert.Equal(["page", "limit"], exception.Errors.Select(error => error.Field));
    }

    private static async Task<PageQuery?> BindAsync(string queryString)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(queryString.Length == 0 ? null : queryString);
        return await PageQuery.BindAsync(context, Parameter);
    }
}
