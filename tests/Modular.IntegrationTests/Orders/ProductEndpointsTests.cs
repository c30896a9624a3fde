using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class ProductEndpointsTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());

    [Fact]
    public async Task An_admin_creates_a_product_answered_201_with_every_field_and_its_location()
    {
        var sku = OrdersApi.UniqueSku("create");
        var response = await _api.SendAsync(HttpMethod.Post, "/api/products", _api.AdminId, new { sku, name = "  Blue mug  ", price = 12.5m, stock = 7 }, admin: true);

        var product = await OrdersApi.ReadAsync(response, HttpStatusCode.Created);
        var id = product.GetProperty("id").GetGuid();
        Assert.Equal($"/api/products/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(sku, product.GetProperty("sku").GetString());
        Assert.Equal("Blue mug", product.GetProperty("name").GetString());
        Assert.Equal(12.5m, product.GetProperty("price").GetDecimal());
        Assert.Equal(7, product.GetProperty("stock").GetInt32());
        Assert.EndsWith("Z", product.GetProperty("createdAt").GetString());
        Assert.Equal(product.GetProperty("createdAt").GetString(), product.GetProperty("updatedAt").GetString());

        var read = await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Get, $"/api/products/{id}"), HttpStatusCode.OK);
        Assert.Equal(product.ToString(), read.ToString());
    }

    [Fact]
    public async Task Only_an_admin_creates_products()
    {
        var body = new { sku = OrdersApi.UniqueSku("auth"), name = "x", price = 1m, stock = 1 };
        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Post, "/api/products", body: body), HttpStatusCode.Unauthorized);
        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Post, "/api/products", OrdersApi.NewUser(), body), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_duplicate_sku_is_409_even_in_another_case()
    {
        var sku = OrdersApi.UniqueSku("dup");
        await _api.CreateProductAsync(sku, 1m, 1);

        var again = await _api.SendAsync(HttpMethod.Post, "/api/products", _api.AdminId, new { sku = sku.ToUpperInvariant(), name = "other", price = 2m, stock = 2 }, admin: true);

        var problem = await OrdersApi.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Contains(sku.ToUpperInvariant(), problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"sku":"bad sku!","name":"n","price":1,"stock":1}""", "sku")]
    [InlineData("""{"sku":"","name":"n","price":1,"stock":1}""", "sku")]
    [InlineData("""{"name":"n","price":1,"stock":1}""", "sku")]
    [InlineData("""{"sku":"SKU-LONG-0123456789012345678901234567890123456789012345678901234567890","name":"n","price":1,"stock":1}""", "sku")]
    [InlineData("""{"sku":"SKU-1\n","name":"n","price":1,"stock":1}""", "sku")]
    [InlineData("""{"sku":"SKU-1\r\n","name":"n","price":1,"stock":1}""", "sku")]
    [InlineData("""{"sku":"\nSKU-1","name":"n","price":1,"stock":1}""", "sku")]
    [InlineData("""{"sku":"ok-1","name":"   ","price":1,"stock":1}""", "name")]
    [InlineData("""{"sku":"ok-1","name":"a\u0007b","price":1,"stock":1}""", "name")]
    [InlineData("""{"sku":"ok-1","name":"two\nlines","price":1,"stock":1}""", "name")]
    [InlineData("""{"sku":"ok-1","name":"n","price":1.005,"stock":1}""", "price")]
    [InlineData("""{"sku":"ok-1","name":"n","price":-1,"stock":1}""", "price")]
    [InlineData("""{"sku":"ok-1","name":"n","price":1000000.01,"stock":1}""", "price")]
    [InlineData("""{"sku":"ok-1","name":"n","price":1,"stock":-1}""", "stock")]
    [InlineData("""{"sku":"ok-1","name":"n","price":1,"stock":1000001}""", "stock")]
    public async Task Invalid_product_fields_are_400_naming_the_field(string body, string field)
    {
        var problem = await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Post, "/api/products", _api.AdminId, body, admin: true), HttpStatusCode.BadRequest);

        Assert.Contains(field, OrdersApi.ErrorFields(problem));
    }

    [Fact]
    public async Task Boundary_values_are_accepted()
    {
        var product = await _api.CreateProductAsync(OrdersApi.UniqueSku("max_1"), 1_000_000m, 1_000_000);
        Assert.Equal(1_000_000m, product.GetProperty("price").GetDecimal());
        var free = await _api.CreateProductAsync(OrdersApi.UniqueSku("free"), 0m, 0);
        Assert.Equal(0, free.GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task A_name_and_a_search_are_measured_in_characters()
    {
        var name = string.Concat(Enumerable.Repeat("☕😀", 100));
        var sku = OrdersApi.UniqueSku("emoji");

        var created = await _api.SendAsync(HttpMethod.Post, "/api/products", _api.AdminId, $$"""{"sku":"{{sku}}","name":"{{name}}","price":1,"stock":1}""", admin: true);
        var tooLong = await _api.SendAsync(HttpMethod.Post, "/api/products", _api.AdminId, $$"""{"sku":"{{sku}}x","name":"{{name}}😀","price":1,"stock":1}""", admin: true);
        var search = await _api.SendAsync(HttpMethod.Get, $"/api/products?search={Uri.EscapeDataString(string.Concat(Enumerable.Repeat("😀", 254)))}", _api.AdminId);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("name", OrdersApi.ErrorFields(await OrdersApi.ProblemAsync(tooLong, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    [Fact]
    public async Task A_fractional_stock_or_an_unknown_property_is_400()
    {
        var sku = OrdersApi.UniqueSku("frac");
        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Post, "/api/products", _api.AdminId, $$"""{"sku":"{{sku}}","name":"n","price":1,"stock":1.5}""", admin: true), HttpStatusCode.BadRequest);
        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Post, "/api/products", _api.AdminId, $$"""{"sku":"{{sku}}","name":"n","price":1,"stock":1,"id":"x"}""", admin: true), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Patch_changes_only_the_given_fields_and_the_next_read_shows_them()
    {
        var id = await _api.CreateProductIdAsync("patch", 5m, 10);
        Assert.Equal(10, await _api.StockAsync(id));

        var patched = await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Patch, $"/api/products/{id}", _api.AdminId, new { price = 6.25m, stock = 3 }, admin: true), HttpStatusCode.OK);

        Assert.Equal(6.25m, patched.GetProperty("price").GetDecimal());
        Assert.Equal(3, patched.GetProperty("stock").GetInt32());
        Assert.StartsWith("Product patch", patched.GetProperty("name").GetString());
        Assert.Equal(3, await _api.StockAsync(id));
        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Patch, $"/api/products/{id}", OrdersApi.NewUser(), new { stock = 1 }), HttpStatusCode.Forbidden);
        var invalid = await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Patch, $"/api/products/{id}", _api.AdminId, new { price = 0.001m }, admin: true), HttpStatusCode.BadRequest);
        Assert.Contains("price", OrdersApi.ErrorFields(invalid));
        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Patch, $"/api/products/{Guid.CreateVersion7()}", _api.AdminId, new { stock = 1 }, admin: true), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_patch_that_changes_nothing_keeps_updatedAt_as_a_profiles_does()
    {
        var created = await _api.CreateProductAsync(OrdersApi.UniqueSku("noop"), 5m, 10);
        var id = created.GetProperty("id").GetGuid();

        foreach (object body in new object[] { new { }, new { price = 5.00m, stock = 10 }, new { name = $" {created.GetProperty("name").GetString()} " } })
        {
            var patched = await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Patch, $"/api/products/{id}", _api.AdminId, body, admin: true), HttpStatusCode.OK);
            Assert.Equal(created.GetProperty("updatedAt").GetString(), patched.GetProperty("updatedAt").GetString());
        }

        var read = await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Get, $"/api/products/{id}"), HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("updatedAt").GetString(), read.GetProperty("updatedAt").GetString());
    }

    [Fact]
    public async Task An_unknown_product_is_404()
    {
        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Get, $"/api/products/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_searches_sku_and_name_case_insensitively_and_paginates()
    {
        var marker = $"srch{Guid.NewGuid():N}"[..16];
        await _api.CreateProductAsync($"{marker}-a", 1m, 1, "Alpha");
        await _api.CreateProductAsync($"{marker}-b", 1m, 1, "Beta");
        await _api.CreateProductAsync(OrdersApi.UniqueSku("other"), 1m, 1, $"Named {marker.ToUpperInvariant()} too");

        var page1 = await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Get, $"/api/products?search={marker.ToUpperInvariant()}&limit=2"), HttpStatusCode.OK);
        var page2 = await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Get, $"/api/products?search={marker}&limit=2&page=2"), HttpStatusCode.OK);

        Assert.Equal(2, page1.GetProperty("data").GetArrayLength());
        Assert.Equal(3, page1.GetProperty("pagination").GetProperty("total").GetInt32());
        Assert.Equal(2, page1.GetProperty("pagination").GetProperty("pages").GetInt32());
        Assert.Equal(1, page2.GetProperty("data").GetArrayLength());
        await OrdersApi.ProblemAsync(await _api.SendAsync(HttpMethod.Get, "/api/products?limit=101"), HttpStatusCode.BadRequest);
    }
}
