using GraphQL;

namespace Modular.Host.Platform.GraphQL;

/// <summary>A refusal decided by the HTTP edge (a mutation over GET, a spent rate limit), answered as a GraphQL error.</summary>
internal sealed class GraphQLHttpError : ExecutionError
{
    public GraphQLHttpError(string code, string message, IReadOnlyDictionary<string, object?>? details = null)
        : base(message)
    {
        Code = code;
        Details = details ?? new Dictionary<string, object?>();
    }

    public IReadOnlyDictionary<string, object?> Details { get; }
}
