namespace Modular.Shared.Web.Problems;

/// <summary>Thrown by parameter binding when input cannot even be read; answered as a 400 validation problem.</summary>
public sealed class RequestValidationException(IReadOnlyList<ProblemError> errors)
    : Exception(errors.Count == 1 ? errors[0].Message : "The request is invalid.")
{
    public IReadOnlyList<ProblemError> Errors { get; } = errors;

    public RequestValidationException(string field, string message)
        : this([new ProblemError(field, message)])
    {
    }
}
