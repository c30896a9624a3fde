using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using Microsoft.Extensions.Hosting;
using Modular.Host.Platform.Errors;
using Modular.Shared.Web.GraphQL;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Writes each error as the contract shows it: <c>message</c>, <c>locations</c>, <c>path</c> and
/// <c>extensions.code</c> (with <c>errors[{field, message}]</c> for <c>BAD_USER_INPUT</c>, the limit for a guard).
/// A dependency outage, told from a bug by the platform's one classifier (<see cref="DependencyOutage"/>), is
/// <c>SERVICE_UNAVAILABLE</c>; any other unexpected exception is <c>INTERNAL_SERVER_ERROR</c> with a fixed message, and
/// only Development adds its text. A value of the wrong type is described by where it is and the type expected, never
/// repeated (<see cref="CoercionMessages"/>).
/// </summary>
internal sealed partial class GraphQLErrorInfoProvider(IHostEnvironment environment) : IErrorInfoProvider
{
    public const string UnexpectedMessage = "An unexpected error occurred.";

    /// <summary>What REST's 503 says of an outage of PostgreSQL, Redis or RabbitMQ (<see cref="DependencyOutage"/>).</summary>
    public const string OutageMessage = "A service this request needs is unavailable. Try again shortly.";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        var message = executionError.Message;
        switch (executionError)
        {
            case GraphQLFieldError field:
                extensions["code"] = field.Code;
                if (field.Errors is { } errors)
                {
                    extensions["errors"] = errors.SelectMany(error => FieldErrors(error.Field, error.Message)).ToList();
                }

                break;
            case GraphQLGuardError guard:
                extensions["code"] = GraphQLErrorCodes.ValidationFailed;
                extensions["limit"] = guard.Setting;
                break;
            case InvalidVariableError variable:
                var path = VariableName(variable);
                message = CoercionMessages.Variable(message, path);
                extensions["code"] = GraphQLErrorCodes.BadUserInput;
                extensions["errors"] = FieldErrors(path, message);
                break;
            case ArgumentsOfCorrectTypeError:
                extensions["code"] = GraphQLErrorCodes.ValidationFailed;
                message = CoercionMessages.Argument(message);
                break;
            case DefaultValuesOfCorrectTypeError:
                extensions["code"] = GraphQLErrorCodes.ValidationFailed;
                message = CoercionMessages.DefaultValue(message);
                break;
            case UnsafeTextError text:
                extensions["code"] = GraphQLErrorCodes.BadUserInput;
                extensions["errors"] = FieldErrors(text.Field, message);
                break;
            case SyntaxError:
                extensions["code"] = GraphQLErrorCodes.ParseFailed;
                break;
            case GraphQLHttpError http:
                extensions["code"] = http.Code;
                foreach (var (key, value) in http.Details)
                {
                    extensions[key] = value;
                }

                break;
            case DocumentError:
                extensions["code"] = GraphQLErrorCodes.ValidationFailed;
                break;
            case { InnerException: { } cause } when DependencyOutage.Identify(cause) is not null:
                extensions["code"] = GraphQLErrorCodes.ServiceUnavailable;
                message = OutageMessage;
                break;
            default:
                extensions["code"] = GraphQLErrorCodes.InternalServerError;
                message = UnexpectedMessage;
                if (environment.IsDevelopment() && (executionError.InnerException ?? executionError) is { } exception)
                {
                    extensions["details"] = exception.ToString();
                }

                break;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private static List<Dictionary<string, string>> FieldErrors(string field, string message) =>
        [new Dictionary<string, string> { ["field"] = field, ["message"] = message }];

    /// <summary>The path inside the variable when GraphQL.NET names one (<c>$items[0].productId</c> gives <c>items[0].productId</c>).</summary>
    private static string VariableName(InvalidVariableError error) =>
        VariablePath().Match(error.Message) is { Success: true } match
            ? match.Groups["path"].Value
            : error.Nodes.OfType<GraphQLParser.AST.GraphQLVariableDefinition>().FirstOrDefault()?.Variable.Name.StringValue ?? "variables";

    [System.Text.RegularExpressions.GeneratedRegex(@"^Variable '\$(?<path>[^']+)' is invalid", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex VariablePath();

    /// <summary>Whether the error is a refusal of the request itself (400 under application/graphql-response+json), not of one field.</summary>
    public static bool IsRequestError(ExecutionError error) => error is DocumentError or GraphQLHttpError;
}
