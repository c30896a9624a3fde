namespace Modular.Shared.Web.Problems;

/// <summary>One entry of a validation problem's <c>errors</c>: the camelCase path of the input and what is wrong with it.</summary>
public sealed record ProblemError(string Field, string Message);
