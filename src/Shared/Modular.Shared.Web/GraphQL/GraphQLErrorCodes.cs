namespace Modular.Shared.Web.GraphQL;

/// <summary>The contract's <c>extensions.code</c> values of GraphQL errors.</summary>
public static class GraphQLErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string RateLimited = "RATE_LIMITED";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A document that is not GraphQL (GraphQL-over-HTTP: 400 under application/graphql-response+json).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>A document the schema or a guard (depth, complexity, introspection) refuses, before execution.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A mutation sent with GET (405).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>
    /// A request naming a persisted query (<c>extensions.persistedQuery</c>) without its document: the server keeps none.
    /// Apollo's code and message, on which its clients send the full document instead.
    /// </summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
}
