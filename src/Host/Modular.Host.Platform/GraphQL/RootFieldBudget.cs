using GraphQL.Types;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// A bound on the distinct response names under which an operation's root selects fields whose cost a per-request
/// guard would otherwise count once (ADR 0048). Selections under one response name merge into one execution, so they
/// count once.
/// </summary>
/// <param name="Setting">The setting the refusal names (<c>extensions.limit</c>).</param>
/// <param name="Maximum">Response names allowed; more are refused before anything runs.</param>
/// <param name="Counts">Whether a root field (root type, field name) counts against the bound.</param>
/// <param name="Refusal">The refusal's message, given the number of response names counted.</param>
internal sealed record RootFieldBudget(string Setting, int Maximum, Func<IObjectGraphType, string, bool> Counts, Func<int, string> Refusal)
{
    /// <summary>
    /// <c>__schema</c> and <c>__type</c> under at most <c>GraphQL:MaxSchemaReads</c> names. Each returns up to the whole
    /// schema, and the complexity budget does not count introspection (its nested lists would exceed any budget), so
    /// aliases multiplied a 48 KB document into 4.7 MB of answer. The two meta-fields exist on the query type alone.
    /// </summary>
    public static RootFieldBudget SchemaReads(int maximum) => new(
        "GraphQL:MaxSchemaReads",
        maximum,
        (_, field) => field is "__schema" or "__type",
        count => $"The operation reads the schema {count} times (__schema and __type under distinct response names); GraphQL:MaxSchemaReads allows {maximum}.");

    /// <summary>
    /// The login budget's fields (<c>login</c>, <c>register</c>) under one name: one attempt per request, as on REST,
    /// where <c>RateLimiting:Auth</c> counts requests. Aliases had made one request hundreds of password guesses (each
    /// a bcrypt verification) counted as one failure, the batching attack of the OWASP GraphQL Cheat Sheet. Holds
    /// whether the budget is on or off: the verifications cost the same.
    /// </summary>
    public static RootFieldBudget AuthAttempts { get; } = new(
        "RateLimiting:Auth",
        1,
        GraphQLAuthRateLimit.SpendsAuthBudget,
        count => $"The operation makes {count} login or register attempts; one request makes one, as on REST (RateLimiting:Auth counts requests).");
}
