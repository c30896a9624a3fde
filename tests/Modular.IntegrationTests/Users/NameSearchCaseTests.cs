using System.Text.Json;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Users;

/// <summary>
/// A name search folds the term with the function that folds the column (DatabaseText.Fold: the database's lower(),
/// then the letters equal without case as one), so a name written as it was stored, or in another case, is found: .NET's
/// ToLowerInvariant keeps "İ" where lower() gives "i", and lower() alone keeps "ς" apart from "σ". Profiles and products.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class NameSearchCaseTests(ModularApiFactory factory)
{
    private const string Users = "query($search: String) { users(search: $search) { pagination { total } } }";
    private const string Products = "query($search: String) { products(search: $search) { pagination { total } } }";

    private readonly GraphQLClient _graphQL = new(factory.CreateClient());

    public static TheoryData<string, string[]> Names => new()
    {
        { "\u0130lker {m}", ["\u0130lker {m}", "\u0130LKER {M}", "ilker {m}", "I\u0307lker {m}"] },
        { "\u039f\u0394\u039f\u03a3 {m}", ["\u039f\u0394\u039f\u03a3 {m}", "\u03bf\u03b4\u03bf\u03c3 {m}"] },
        { "Jos\u00e9 {m}", ["JOSE\u0301 {M}", "jos\u00e9 {m}"] },
        // Ὀδυσσεύς typed with its final ς: upper case and a plain σ find it
        { "\u039f\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2 {m}", ["\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 {M}", "\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c3 {m}"] },
        // the micro sign is μ
        { "5 \u00b5m {m}", ["5 \u03bcm {m}", "5 \u039cM {M}"] },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_profile_name_is_found_as_it_was_written(string name, string[] terms)
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var api = new UsersApi<Program>(factory);
        await api.RegisterAsync(Mark(name, marker), $"name-{marker}@probe.test");
        using var admin = api.Admin();

        foreach (var term in terms.Select(term => Mark(term, marker)))
        {
            var rest = JsonDocument.Parse(await admin.GetStringAsync($"/api/users?search={Uri.EscapeDataString(term)}")).RootElement;
            Assert.True(rest.GetProperty("pagination").GetProperty("total").GetInt32() == 1, $"REST search '{term}'");
            var graphQL = await _graphQL.DataAsync(Users, new { search = term }, GraphQLClient.AdminToken());
            Assert.True(graphQL.GetProperty("users").GetProperty("pagination").GetProperty("total").GetInt32() == 1, $"GraphQL search '{term}'");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_product_name_is_found_as_it_was_written(string name, string[] terms)
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        await new OrdersApi(factory.CreateClient()).CreateProductAsync(OrdersApi.UniqueSku("case"), 3m, 5, name: Mark(name, marker));

        foreach (var term in terms.Select(term => Mark(term, marker)))
        {
            var graphQL = await _graphQL.DataAsync(Products, new { search = term });
            Assert.True(graphQL.GetProperty("products").GetProperty("pagination").GetProperty("total").GetInt32() == 1, $"GraphQL search '{term}'");
            var rest = JsonDocument.Parse(await _graphQL.Http.GetStringAsync($"/api/products?search={Uri.EscapeDataString(term)}")).RootElement;
            Assert.True(rest.GetProperty("pagination").GetProperty("total").GetInt32() == 1, $"REST search '{term}'");
        }
    }

    private static string Mark(string text, string marker) =>
        text.Replace("{m}", marker, StringComparison.Ordinal).Replace("{M}", marker.ToUpperInvariant(), StringComparison.Ordinal);
}
