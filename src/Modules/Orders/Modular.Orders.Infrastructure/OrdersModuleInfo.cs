namespace Modular.Orders.Infrastructure;

internal static class OrdersModuleInfo
{
    public const string Name = "orders";

    /// <summary>Every table of the module lives in this PostgreSQL schema, and only the module touches it.</summary>
    public const string Schema = "orders";
}
