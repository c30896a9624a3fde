using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// What reading a request gave: the request; or the field errors of a request that is not well-formed (a 400 problem);
/// or the fields of a well-formed request whose text holds U+0000 or a lone surrogate (an invalid GraphQL request,
/// answered as one); or a body that is not JSON (415); or a well-formed request that names a persisted query instead of
/// sending its document (<see cref="IsPersistedQuery"/>).
/// </summary>
internal sealed record GraphQLReadResult(
    GraphQLHttpRequest? Request,
    IReadOnlyList<ProblemError> Errors,
    IReadOnlyList<string> UnsafeTextFields,
    bool IsUnsupportedMediaType = false,
    bool IsPersistedQuery = false)
{
    public static readonly GraphQLReadResult UnsupportedMediaType = new(null, [], [], IsUnsupportedMediaType: true);

    public static readonly GraphQLReadResult PersistedQuery = new(null, [], [], IsPersistedQuery: true);

    public static GraphQLReadResult Read(GraphQLHttpRequest request) => new(request, [], []);

    public static GraphQLReadResult Invalid(IReadOnlyList<ProblemError> errors) => new(null, errors, []);

    public static GraphQLReadResult UnsafeText(IReadOnlyList<string> fields) => new(null, [], fields);
}
