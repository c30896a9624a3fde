using System.Net;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Users;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// One text form of an id wherever it arrives (UuidText): the canonical 8-4-4-4-12 form in either case. A route took
/// <c>{id}</c>, <c>(id)</c>, 32 digits and surrounding spaces and acted on them (the OpenAPI probe: a braced id cancelled
/// an order), while a JSON body refused them; GraphQL's <c>ID</c> took an Int literal into a Guid and named .NET types
/// in the error (the GraphQL probe).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class UuidSpellingTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());
    private readonly GraphQLClient _graphQL = new(factory.CreateClient());

    public static TheoryData<string> OtherSpellings => new()
    {
        "{{{0}}}",
        "({0})",
        "{0:N}",
        "%20{0}",
        "{0}%20",
        "{0}%09",
        "urn:uuid:{0}",
    };

    [Theory]
    [MemberData(nameof(OtherSpellings))]
    public async Task Every_id_route_answers_404_to_another_spelling_and_changes_nothing(string spelling)
    {
        var product = await _api.CreateProductIdAsync("uuid", 2m, 5);
        var users = new UsersApi<Program>(factory);
        var user = (await users.RegisterAsync("Spelling", $"spelling-{Guid.NewGuid():N}@probe.test")).Id;
        var order = (await _api.PlaceOkAsync(user, (product, 1))).GetProperty("id").GetGuid();

        (HttpMethod Method, string Path, Guid Id, bool Admin, object? Body)[] routes =
        [
            (HttpMethod.Get, "/api/products/{id}", product, false, null),
            (HttpMethod.Patch, "/api/products/{id}", product, true, new { stock = 1 }),
            (HttpMethod.Get, "/api/orders/{id}", order, false, null),
            (HttpMethod.Post, "/api/orders/{id}/cancel", order, false, null),
            (HttpMethod.Get, "/api/users/{id}", user, true, null),
            (HttpMethod.Patch, "/api/users/{id}", user, true, new { name = "Renamed" }),
            (HttpMethod.Delete, "/api/users/{id}", user, true, null),
            (HttpMethod.Put, "/api/identity/users/{id}/roles", user, true, new { roles = new[] { "user" } }),
        ];
        foreach (var (method, path, id, admin, body) in routes)
        {
            var url = path.Replace("{id}", string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, id), StringComparison.Ordinal);
            var response = await _api.SendAsync(method, url, user, body, admin);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url}: {(int)response.StatusCode}");
        }

        // Nothing was changed through another spelling: stock as the order left it, the order not cancelled, the profile as registered.
        Assert.Equal(5 - 1, await _api.StockAsync(product));
        Assert.NotEqual("cancelled", (await _api.GetOrderAsync(order, user)).GetProperty("status").GetString());
        using var adminClient = users.Admin();
        var profile = JsonDocument.Parse(await adminClient.GetStringAsync($"/api/users/{user}")).RootElement;
        Assert.Equal("Spelling", profile.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_canonical_form_in_upper_case_is_the_same_resource()
    {
        var product = await _api.CreateProductIdAsync("uuid", 2m, 5);

        var response = await _api.SendAsync(HttpMethod.Get, $"/api/products/{product.ToString().ToUpperInvariant()}");

        Assert.Equal(product, (await OrdersApi.ReadAsync(response, HttpStatusCode.OK)).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("5")]
    [InlineData("\"x\"")]
    [InlineData("\"{0190f3c4-5a6b-7c8d-9e0f-a1b2c3d4e5f6}\"")]
    [InlineData("\"0190f3c45a6b7c8d9e0fa1b2c3d4e5f6\"")]
    public async Task A_graphql_product_id_that_is_no_canonical_uuid_is_bad_user_input_naming_the_line(string literal)
    {
        var mutation = $"mutation {{ placeOrder(input: {{ items: [{{ productId: {literal}, quantity: 1 }}] }}) {{ id }} }}";

        var answer = await _graphQL.PostAsync(mutation, token: GraphQLClient.UserToken(Guid.CreateVersion7()));

        Assert.DoesNotContain("System.", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["items[0].productId"], answer.InvalidFields("placeOrder"));
    }

    [Fact]
    public async Task A_graphql_id_argument_in_another_spelling_finds_nothing()
    {
        var product = await _api.CreateProductIdAsync("uuid", 2m, 5);

        var answer = await _graphQL.PostAsync($"{{ a: product(id: \"{product}\") {{ id }} b: product(id: \"{{{product}}}\") {{ id }} c: product(id: \"{product:N}\") {{ id }} }}");

        Assert.Equal(product, answer.Data.GetProperty("a").GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, answer.Data.GetProperty("b").ValueKind);
        Assert.Equal(JsonValueKind.Null, answer.Data.GetProperty("c").ValueKind);
        Assert.Equal(["NOT_FOUND", "NOT_FOUND"], answer.Codes);
    }

    [Fact]
    public void No_graphql_input_field_of_type_ID_is_converted_to_a_guid_by_the_library()
    {
        var schema = factory.Services.GetRequiredService<Modular.Host.Platform.GraphQL.ModularSchema>();
        schema.Initialize();
        var converted = new List<string>();
        var inspected = 0;
        foreach (var input in schema.AllTypes.OfType<IInputObjectGraphType>())
        {
            var clr = input.GetType().BaseType is { IsGenericType: true } generic ? generic.GetGenericArguments()[0] : null;
            foreach (var field in input.Fields.Where(field => Unwrap(field.ResolvedType) is IdGraphType))
            {
                inspected++;
                var property = clr?.GetProperty(field.Name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
                if (property is null || property.PropertyType != typeof(string))
                {
                    converted.Add($"{input.Name}.{field.Name}: {property?.PropertyType.Name ?? "?"}");
                }
            }
        }

        Assert.True(inspected > 0, "no input field of type ID was found: the walk inspects nothing");
        Assert.Empty(converted);
    }

    private static IGraphType? Unwrap(IGraphType? type) => type is IProvideResolvedType wrapper ? Unwrap(wrapper.ResolvedType) : type;
}
