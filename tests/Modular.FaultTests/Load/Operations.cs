namespace Modular.FaultTests.Load;

/// <summary>The load's operations and the answers each expects when nothing is wrong.</summary>
internal static class Operations
{
    public const string Register = "register";
    public const string Login = "login";
    public const string GetProduct = "get-product";
    public const string ListProducts = "list-products";
    public const string GetProfile = "get-profile";
    public const string PlaceOrder = "place-order";
    public const string CancelOrder = "cancel-order";
    public const string GetOrder = "get-order";
    public const string ListOrders = "list-orders";

    public static bool IsExpected(string operation, int status) => operation switch
    {
        Register or PlaceOrder => status == 201,
        _ => status == 200,
    };
}
