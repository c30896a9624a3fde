using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Platform;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Foundation;

/// <summary>
/// Arithmetic on client integers never overflows: every list answers a page whose offset passes 2^31 with an empty
/// 200 page counted from the total, and a page beyond the integer range is a 400 naming <c>page</c>.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PaginationLimitsTests(ModularApiFactory factory)
{
    public static TheoryData<string, string> Lists => new()
    {
        { "/api/products", "anonymous" },
        { "/api/orders", "user" },
        { "/api/orders", "admin" },
        { "/api/users", "admin" },
    };

    public static TheoryData<string, int, int> FarPages => new()
    {
        // (page - 1) * limit: 2^31 exactly, just under, and the largest page at the largest limit.
        { "/api/products", 1_073_741_825, 2 },
        { "/api/products", 21_474_837, 100 },
        { "/api/products", int.MaxValue, 100 },
        { "/api/products", int.MaxValue, 1 },
        { "/api/orders", 1_073_741_825, 2 },
        { "/api/orders", int.MaxValue, 100 },
        { "/api/users", 1_073_741_825, 2 },
        { "/api/users", int.MaxValue, 100 },
    };

    [Theory]
    [MemberData(nameof(FarPages))]
    public async Task A_page_whose_offset_passes_2_to_the_31_is_an_empty_page_counted_from_the_total(string path, int page, int limit)
    {
        using var client = Client(path == "/api/products" ? "anonymous" : "admin");

        var response = await client.GetAsync($"{path}?page={page}&limit={limit}");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}?page={page}&limit={limit}: {(int)response.StatusCode} {text}");
        using var body = JsonDocument.Parse(text);
        Assert.Equal(0, body.RootElement.GetProperty("data").GetArrayLength());
        var pagination = body.RootElement.GetProperty("pagination");
        Assert.Equal(page, pagination.GetProperty("page").GetInt32());
        Assert.Equal(limit, pagination.GetProperty("limit").GetInt32());
        var total = pagination.GetProperty("total").GetInt64();
        Assert.Equal((total + limit - 1) / limit, pagination.GetProperty("pages").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_page_beyond_the_integer_range_is_400_naming_page(string path, string caller)
    {
        using var client = Client(caller);

        foreach (var page in new[] { "2147483648", "99999999999999999999", "-2147483649", "1e3", "+1", "1.0", "0x10", "%00", "" })
        {
            var body = await ProblemAssert.IsProblemAsync(await client.GetAsync($"{path}?page={page}"), HttpStatusCode.BadRequest);
            Assert.Contains("page", ProblemAssert.Fields(body));
        }
    }

    [Fact]
    public async Task The_last_page_and_the_one_after_it_answer_from_the_count()
    {
        var api = new OrdersApi(factory.CreateClient());
        var prefix = $"PAGES{Guid.NewGuid():N}"[..20];
        for (var index = 0; index < 3; index++)
        {
            await api.CreateProductAsync($"{prefix}-{index}", 1m, 1);
        }

        using var client = factory.CreateClient();
        var last = await ListAsync(client, $"/api/products?search={prefix}&limit=2&page=2");
        var after = await ListAsync(client, $"/api/products?search={prefix}&limit=2&page=3");

        Assert.Equal(1, last.GetProperty("data").GetArrayLength());
        Assert.Equal(0, after.GetProperty("data").GetArrayLength());
        Assert.Equal((3, 2), (after.GetProperty("pagination").GetProperty("total").GetInt32(), after.GetProperty("pagination").GetProperty("pages").GetInt32()));
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private HttpClient Client(string caller)
    {
        var client = factory.CreateClient();
        if (caller != "anonymous")
        {
            var id = Guid.CreateVersion7();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", caller == "admin" ? TestTokens.Admin(id) : TestTokens.For(id, "pages@tests.local"));
        }

        return client;
    }
}
