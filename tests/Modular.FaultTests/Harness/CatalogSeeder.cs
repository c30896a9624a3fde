using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.FaultTests.Load;
using Modular.Testing;

namespace Modular.FaultTests.Harness;

/// <summary>The scenario's products, created by the seeded administrator before the load.</summary>
internal static class CatalogSeeder
{
    public const string AdminEmail = "admin@faults.test";
    public const string AdminPassword = "fault-tests-admin-password";
    private const int Products = 12;
    private const int StockPerProduct = 100_000;

    public static async Task<Catalog> SeedAsync(HttpClient admin)
    {
        // The administrator is seeded in the background once the schema exists: readiness does not wait for it.
        using var login = await Eventually.Until(
            () => admin.PostAsJsonAsync("/api/identity/login", new { email = AdminEmail, password = AdminPassword }),
            response => response.IsSuccessStatusCode,
            TimeSpan.FromSeconds(60),
            "the seeded administrator to log in");
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var products = new List<(Guid, int)>();
        for (var index = 0; index < Products; index++)
        {
            using var created = await admin.PostAsJsonAsync("/api/products", new { sku = $"fault-{index}", name = $"Fault product {index}", price = 10.5m + index, stock = StockPerProduct });
            created.EnsureSuccessStatusCode();
            products.Add(((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), StockPerProduct));
        }

        return new Catalog(products);
    }
}
