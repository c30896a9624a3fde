using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Modular.Host.Platform.Errors;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Reads a GraphQL-over-HTTP request from a POST body (<c>{query, operationName?, variables?, extensions?}</c> as
/// <c>application/json</c>, in any charset REST reads) or a GET query string. A request that is not well-formed GraphQL over HTTP (malformed JSON, a
/// missing or mistyped member, an unknown or repeated one, a name repeated inside <c>variables</c> or
/// <c>extensions</c>) is a 400 problem naming the field. Text holding U+0000 or a
/// lone surrogate in a well-formed request's members is an invalid GraphQL request instead, answered as an invalid
/// document is (GraphQL-over-HTTP's status rules), naming where it is (<c>query</c>, <c>variables.name</c>).
/// </summary>
internal static class GraphQLRequestReader
{
    public const string Query = "query";
    public const string OperationName = "operationName";
    public const string Variables = "variables";
    public const string Extensions = "extensions";

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public static GraphQLReadResult FromQueryString(IQueryCollection parameters)
    {
        var errors = new List<ProblemError>();
        var unsafeText = new List<string>();
        var query = Single(parameters, Query, errors);
        var operationName = Single(parameters, OperationName, errors);
        var variables = Object(Single(parameters, Variables, errors), Variables, errors, unsafeText);
        var extensions = Object(Single(parameters, Extensions, errors), Extensions, errors, unsafeText);
        if (query is null && errors.Count == 0)
        {
            errors.Add(new ProblemError(Query, "'query' is required: the GraphQL document."));
        }

        JsonUnsafeText.Find(query, Query, unsafeText);
        JsonUnsafeText.Find(operationName, OperationName, unsafeText);
        return Result(errors, unsafeText, query, operationName, variables, extensions);
    }

    public static async Task<GraphQLReadResult> FromBodyAsync(HttpRequest request)
    {
        if (!GraphQLMediaTypes.IsJsonBody(request.ContentType, out var encoding))
        {
            return GraphQLReadResult.UnsupportedMediaType;
        }

        JsonDocument body;
        try
        {
            // As REST reads it: a body in another charset the server decodes is transcoded to the UTF-8 JSON reads.
            await using var utf8 = encoding.CodePage == Encoding.UTF8.CodePage ? null : Encoding.CreateTranscodingStream(request.Body, encoding, Encoding.UTF8, leaveOpen: true);
            body = await JsonDocument.ParseAsync(utf8 ?? request.Body, JsonOptions, request.HttpContext.RequestAborted);
        }
        catch (JsonException exception)
        {
            return GraphQLReadResult.Invalid([JsonProblem.TooDeep(exception, "body") ?? new ProblemError("body", "The request body is not valid JSON.")]);
        }

        using (body)
        {
            return FromJson(body.RootElement);
        }
    }

    private static GraphQLReadResult FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return GraphQLReadResult.Invalid([new ProblemError("body", "The request body must be a JSON object {query, operationName?, variables?}.")]);
        }

        var errors = new List<ProblemError>();
        var unsafeText = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? query = null, operationName = null;
        JsonElement? variables = null, extensions = null;
        foreach (var member in root.EnumerateObject())
        {
            if (!seen.Add(member.Name))
            {
                errors.Add(new ProblemError(member.Name, $"'{member.Name}' must be given once."));
                continue;
            }

            switch (member.Name)
            {
                case Query:
                    query = member.Value.ValueKind == JsonValueKind.String ? Text(member.Value) : Fail<string>(errors, Query, "query must be a string: the GraphQL document.");
                    break;
                case OperationName:
                    operationName = member.Value.ValueKind switch
                    {
                        JsonValueKind.String => Text(member.Value),
                        JsonValueKind.Null => null,
                        _ => Fail<string>(errors, OperationName, "operationName must be a string or null."),
                    };
                    break;
                case Variables:
                    variables = ObjectOrNull(member.Value, Variables, errors);
                    break;
                case Extensions:
                    extensions = ObjectOrNull(member.Value, Extensions, errors);
                    break;
                default:
                    errors.Add(new ProblemError(member.Name, $"'{member.Name}' is not a known property."));
                    continue;
            }

            JsonUnsafeText.Find(member.Value, member.Name, unsafeText);
        }

        if (query is null && !errors.Exists(error => error.Field == Query))
        {
            errors.Add(new ProblemError(Query, "'query' is required: the GraphQL document."));
        }

        return Result(errors, unsafeText, query, operationName, variables, extensions);
    }

    private static GraphQLReadResult Result(
        List<ProblemError> errors,
        List<string> unsafeText,
        string? query,
        string? operationName,
        JsonElement? variables,
        JsonElement? extensions) =>
        IsPersistedQueryOnly(errors, query, extensions) ? GraphQLReadResult.PersistedQuery
        : errors.Count > 0 ? GraphQLReadResult.Invalid(errors)
        : unsafeText.Count > 0 ? GraphQLReadResult.UnsafeText(unsafeText)
        : GraphQLReadResult.Read(new(query!, Blank(operationName), variables, extensions));

    /// <summary>
    /// Apollo's automatic persisted queries: a hash in <c>extensions.persistedQuery</c> and no document, otherwise well
    /// formed. The server keeps no documents; told so in the words the client knows, it sends the document.
    /// </summary>
    private static bool IsPersistedQueryOnly(List<ProblemError> errors, string? query, JsonElement? extensions) =>
        query is null
        && extensions is { ValueKind: JsonValueKind.Object } members && members.TryGetProperty("persistedQuery", out _)
        && errors.Count == 1 && errors[0].Field == Query;

    private static string? Single(IQueryCollection parameters, string name, List<ProblemError> errors)
    {
        var values = parameters[name];
        if (values.Count > 1)
        {
            errors.Add(new ProblemError(name, $"'{name}' must be given once."));
            return null;
        }

        return values.Count == 1 ? values[0] : null;
    }

    private static JsonElement? Object(string? json, string name, List<ProblemError> errors, List<string> unsafeText)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            JsonUnsafeText.Find(document.RootElement, name, unsafeText);
            return ObjectOrNull(document.RootElement.Clone(), name, errors);
        }
        catch (JsonException exception)
        {
            errors.Add(JsonProblem.TooDeep(exception, name) ?? new ProblemError(name, $"'{name}' must be a JSON object."));
            return null;
        }
    }

    private static JsonElement? ObjectOrNull(JsonElement value, string name, List<ProblemError> errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                JsonDuplicateNames.Find(value, name, errors);
                return value.Clone();
            case JsonValueKind.Null:
                return null;
            default:
                return Fail<JsonElement?>(errors, name, $"'{name}' must be a JSON object or null.");
        }
    }

    private static T? Fail<T>(List<ProblemError> errors, string field, string message)
    {
        errors.Add(new ProblemError(field, message));
        return default;
    }

    // Empty is the same as absent: GraphiQL-style clients send operationName "" for an anonymous operation.
    private static string? Blank(string? operationName) => string.IsNullOrEmpty(operationName) ? null : operationName;

    /// <summary>A JSON string's text; empty when it cannot be read (<see cref="JsonUnsafeText.IsUnsafe(JsonElement)"/> reports it).</summary>
    private static string Text(JsonElement value) => JsonUnsafeText.IsUnsafe(value) ? string.Empty : value.GetString()!;
}
