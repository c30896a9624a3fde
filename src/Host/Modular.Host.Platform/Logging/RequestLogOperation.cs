using Microsoft.AspNetCore.Http;

namespace Modular.Host.Platform.Logging;

/// <summary>
/// The operation a request ran when its path alone does not say (a GraphQL request: its type and name), which the
/// request log line adds. Only these two values: a document's text may carry secrets in its literals.
/// </summary>
internal static class RequestLogOperation
{
    private static readonly object ItemKey = new();

    public static void Set(HttpContext context, string type, string? name) => context.Items[ItemKey] = (type, name);

    public static (string Type, string? Name)? Get(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is ValueTuple<string, string?> operation ? operation : null;
}
