using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Users;

[Collection(ApiCollection.Name)]
public sealed class ProfileListTests(ModularApiFactory factory) : IAsyncLifetime
{
    private const int Count = 7;
    private readonly UsersApi<Program> _api = new(factory);
    private readonly string _tag = UsersApi<Program>.Unique("list").Replace("-", "x", StringComparison.Ordinal);
    private readonly List<TestUser> _users = [];

    public async Task InitializeAsync()
    {
        for (var index = 0; index < Count; index++)
        {
            // Names carry the tag in mixed case; emails carry it only in the odd ones, so each field is searched alone.
            var name = index % 2 == 0 ? $"Member {_tag.ToUpperInvariant()} {index}" : $"Member {index}";
            var email = index % 2 == 0 ? $"m{index}-{Guid.NewGuid():N}@example.com" : $"{_tag}.{index}@Example.COM";
            _users.Add(await _api.RegisterAsync(name, email));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Pages_follow_creation_order_and_the_contracts_pagination()
    {
        using var admin = _api.Admin();

        var first = await ListAsync(admin, $"search={_tag}&page=1&limit=3");
        var third = await ListAsync(admin, $"search={_tag}&page=3&limit=3");
        var pastEnd = await admin.GetAsync($"/api/users?search={_tag}&page=4&limit=3");

        Assert.Equal(_users.Take(3).Select(user => user.Id), Ids(first));
        Assert.Equal(_users.Skip(6).Select(user => user.Id), Ids(third));
        var pagination = first.GetProperty("pagination");
        Assert.Equal(1, pagination.GetProperty("page").GetInt32());
        Assert.Equal(3, pagination.GetProperty("limit").GetInt32());
        Assert.Equal(Count, pagination.GetProperty("total").GetInt64());
        Assert.Equal(3, pagination.GetProperty("pages").GetInt64());
        Assert.Equal(HttpStatusCode.OK, pastEnd.StatusCode);
        var empty = await UsersApi<Program>.BodyAsync(pastEnd);
        Assert.Empty(empty.GetProperty("data").EnumerateArray());
        Assert.Equal(Count, empty.GetProperty("pagination").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Defaults_are_page_1_and_limit_20_and_no_match_is_an_empty_list_with_0_pages()
    {
        using var admin = _api.Admin();

        var all = await ListAsync(admin, string.Empty);
        var none = await ListAsync(admin, $"search=nobody-{Guid.NewGuid():N}");

        Assert.Equal(1, all.GetProperty("pagination").GetProperty("page").GetInt32());
        Assert.Equal(20, all.GetProperty("pagination").GetProperty("limit").GetInt32());
        Assert.InRange(all.GetProperty("data").GetArrayLength(), Count, 20);
        Assert.Empty(none.GetProperty("data").EnumerateArray());
        Assert.Equal(0, none.GetProperty("pagination").GetProperty("total").GetInt64());
        Assert.Equal(0, none.GetProperty("pagination").GetProperty("pages").GetInt64());
    }

    [Fact]
    public async Task Search_matches_name_or_email_case_insensitively()
    {
        using var admin = _api.Admin();

        var upper = await ListAsync(admin, $"search={_tag.ToUpperInvariant()}&limit=100");
        var byName = await ListAsync(admin, $"search={Uri.EscapeDataString($"member {_tag}")}&limit=100");
        var byEmail = await ListAsync(admin, $"search={Uri.EscapeDataString($"{_tag}.3@EXAMPLE.com")}");

        Assert.Equal(_users.Select(user => user.Id), Ids(upper));
        Assert.Equal(_users.Where((_, index) => index % 2 == 0).Select(user => user.Id), Ids(byName));
        Assert.Equal([_users[3].Id], Ids(byEmail));
        var profile = upper.GetProperty("data")[0];
        Assert.Equal(["id", "name", "email", "createdAt", "updatedAt"], profile.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task Like_wildcards_in_the_search_are_plain_characters()
    {
        using var admin = _api.Admin();

        var percent = await ListAsync(admin, $"search={Uri.EscapeDataString($"{_tag}%")}");
        var underscore = await ListAsync(admin, $"search={Uri.EscapeDataString("_" + _tag[1..])}");

        Assert.Empty(percent.GetProperty("data").EnumerateArray());
        Assert.Empty(underscore.GetProperty("data").EnumerateArray());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("limit=-5", "limit")]
    public async Task Out_of_range_or_non_integer_paging_is_400_naming_the_field(string query, string field)
    {
        using var admin = _api.Admin();

        var response = await admin.GetAsync($"/api/users?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await UsersApi<Program>.BodyAsync(response)).GetProperty("errors");
        Assert.Contains(errors.EnumerateArray(), error => error.GetProperty("field").GetString() == field);
    }

    [Fact]
    public async Task A_search_longer_than_254_characters_is_400()
    {
        using var admin = _api.Admin();

        var response = await admin.GetAsync($"/api/users?search={new string('s', 255)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await UsersApi<Program>.BodyAsync(response)).GetProperty("errors");
        Assert.Contains(errors.EnumerateArray(), error => error.GetProperty("field").GetString() == "search");
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/users?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await UsersApi<Program>.BodyAsync(response);
    }

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("data").EnumerateArray().Select(profile => profile.GetProperty("id").GetGuid()).ToList();
}
