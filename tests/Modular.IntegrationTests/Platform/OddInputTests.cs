using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// Shapes of client input a stranger tries that no endpoint expects: a parameter or a property given twice, a number
/// with more precision than money holds. Each is a 400 naming the input, never a 5xx and never silently guessed.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OddInputTests(ModularApiFactory factory)
{
    public static TheoryData<string, string> DuplicateParameters => new()
    {
        { "/api/products?search=a&search=b", "search" },
        { "/api/products?limit=5&limit=5", "limit" },
        { "/api/products?page=1&PAGE=2", "page" },
        { "/api/orders?status=pending&status=confirmed", "status" },
        { "/api/users?search=x&search=x", "search" },
        { "/health/live?probe=1&probe=2", "probe" },
    };

    /// <summary>Path, body with a property twice, the field named, and whether an admin calls it.</summary>
    public static TheoryData<string, string, string, bool> DuplicateProperties => new()
    {
        { "/api/identity/login", """{"email":"a@example.com","email":"b@example.com","password":"x"}""", "email", false },
        { "/api/identity/register", """{"name":"A","email":"dup@example.com","password":"correct horse","password":"other horse"}""", "password", false },
        { "/api/products", """{"sku":"DUP-1","name":"A","price":1,"price":2,"stock":1}""", "price", true },
        { "/api/orders", """{"items":[{"productId":"01000000-0000-7000-8000-000000000001","quantity":1,"quantity":2}]}""", "items[0].quantity", false },
    };

    [Theory]
    [MemberData(nameof(DuplicateParameters))]
    public async Task A_query_parameter_given_twice_is_400_naming_it(string url, string field)
    {
        using var client = Client(admin: true);

        var body = await ProblemAssert.IsProblemAsync(await client.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.Equal([field], ProblemAssert.Fields(body));
    }

    [Theory]
    [MemberData(nameof(DuplicateProperties))]
    public async Task A_JSON_property_given_twice_is_400_naming_it(string path, string json, string field, bool admin)
    {
        using var client = Client(admin);

        var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Contains(field, ProblemAssert.Fields(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("1.000000000000000000000000000001")]
    [InlineData("1e-400")]
    [InlineData("1e400")]
    [InlineData("0.001")]
    [InlineData("12345678901234567890.12345678901")]
    [InlineData("\"12.50\"")]
    public async Task A_price_money_cannot_hold_exactly_is_400_naming_price(string price)
    {
        using var client = Client(admin: true);

        var response = await client.PostAsync("/api/products", new StringContent($$"""{"sku":"{{Sku()}}","name":"Odd","price":{{price}},"stock":1}""", Encoding.UTF8, "application/json"));

        Assert.Contains("price", ProblemAssert.Fields(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("1E2", "100.00")]
    [InlineData("-0", "0.00")]
    [InlineData("12.50", "12.50")]
    [InlineData("999999.990", "999999.99")]
    public async Task A_price_written_exactly_in_any_JSON_spelling_is_read(string price, string stored)
    {
        using var client = Client(admin: true);

        var response = await client.PostAsync("/api/products", new StringContent($$"""{"sku":"{{Sku()}}","name":"Odd","price":{{price}},"stock":1}""", Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        Assert.Contains($"\"price\":{stored}", text, StringComparison.Ordinal);
    }

    private static string Sku() => $"ODD-{Guid.NewGuid():N}";

    private HttpClient Client(bool admin)
    {
        var client = factory.CreateClient();
        var id = Guid.CreateVersion7();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin ? TestTokens.Admin(id) : TestTokens.For(id, "odd@tests.local"));
        return client;
    }
}
