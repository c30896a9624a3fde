using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.GraphQL;

/// <summary>What reading a request gave: the request, the 400 field errors, or a body that is not JSON (415).</summary>
internal sealed record GraphQLReadResult(GraphQLHttpRequest? Request, IReadOnlyList<ProblemError> Errors, bool IsUnsupportedMediaType = false)
{
    public static readonly GraphQLReadResult UnsupportedMediaType = new(null, [], IsUnsupportedMediaType: true);

    public static GraphQLReadResult Read(GraphQLHttpRequest request) => new(request, []);

    public static GraphQLReadResult Invalid(IReadOnlyList<ProblemError> errors) => new(null, errors);
}
