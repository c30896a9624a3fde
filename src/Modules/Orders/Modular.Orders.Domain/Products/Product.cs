using Modular.Shared.Kernel.Domain;
using Modular.Shared.Kernel.Identifiers;
using Modular.Shared.Kernel.Text;

namespace Modular.Orders.Domain.Products;

/// <summary>
/// A product of the catalog. Its stock is changed by order placement and cancellation through atomic
/// conditional updates in the database, never by read-modify-write on this object.
/// </summary>
public sealed class Product : AggregateRoot<Guid>
{
    public const int SkuMaxLength = 64;
    public const int NameMaxLength = 200;
    public const decimal MaxPrice = 1_000_000m;
    public const int MaxStock = 1_000_000;

    private Product(Guid id, string sku, string name, decimal price, int stock, DateTimeOffset createdAt)
        : base(id)
    {
        Sku = sku;
        Name = name;
        Price = price;
        Stock = stock;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public string Sku { get; private set; }

    public string Name { get; private set; }

    public decimal Price { get; private set; }

    public int Stock { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Product Create(string sku, string name, decimal price, int stock, DateTimeOffset now) =>
        new(IdGenerator.NewId(now), sku, CanonicalText.Name(name), Money(price), stock, now);

    /// <summary>Money always carries two decimals (12.5 becomes 12.50), as PostgreSQL's numeric(12,2) gives it back.</summary>
    public static decimal Money(decimal amount) => decimal.Round(amount, 2) + 0.00m;

    /// <summary>
    /// Applies the given changes; a field left null keeps its value. Values equal to the current ones are no change:
    /// <see cref="UpdatedAt"/> stays, as a profile's does (a client's "changed since" must not see a no-op PATCH).
    /// </summary>
    public void Change(string? name, decimal? price, int? stock, DateTimeOffset now)
    {
        var newName = name is null ? Name : CanonicalText.Name(name);
        var newPrice = price is { } changed ? Money(changed) : Price;
        var newStock = stock ?? Stock;
        if (newName == Name && newPrice == Price && newStock == Stock)
        {
            return;
        }

        (Name, Price, Stock, UpdatedAt) = (newName, newPrice, newStock, now);
    }
}
