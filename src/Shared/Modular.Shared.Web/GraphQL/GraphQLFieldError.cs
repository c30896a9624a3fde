using GraphQL;
using Modular.Shared.Web.Problems;

namespace Modular.Shared.Web.GraphQL;

/// <summary>
/// The error of one field, with the contract's <c>extensions.code</c> and, for <see cref="GraphQLErrorCodes.BadUserInput"/>,
/// the same <c>errors[{field, message}]</c> as a REST validation problem. Its message is written for clients.
/// </summary>
public sealed class GraphQLFieldError : ExecutionError
{
    public GraphQLFieldError(string code, string message, IReadOnlyList<ProblemError>? errors = null)
        : base(message)
    {
        Code = code;
        Errors = errors;
    }

    public IReadOnlyList<ProblemError>? Errors { get; }

    public static GraphQLFieldError Invalid(IReadOnlyList<ProblemError> errors) =>
        new(GraphQLErrorCodes.BadUserInput, errors.Count == 1 ? errors[0].Message : $"{errors.Count} fields are invalid.", errors);

    public static GraphQLFieldError Invalid(string field, string message) => Invalid([new ProblemError(field, message)]);
}
