using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Modular.Host.Platform.Http;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Reads a GraphQL-over-HTTP request from a POST body (<c>{query, operationName?, variables?, extensions?}</c> as
/// <c>application/json</c>) or a GET query string, with the contract's input rules: malformed JSON, a missing or mistyped
/// member, an unknown or repeated one, or text holding U+0000 or a lone surrogate is a 400 naming the field.
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
        var query = Single(parameters, Query, errors);
        var operationName = Single(parameters, OperationName, errors);
        var variables = Object(Single(parameters, Variables, errors), Variables, errors);
        var extensions = Object(Single(parameters, Extensions, errors), Extensions, errors);
        if (query is null && errors.Count == 0)
        {
            errors.Add(new ProblemError(Query, "query is required: the GraphQL document."));
        }

        return errors.Count > 0 ? GraphQLReadResult.Invalid(errors) : GraphQLReadResult.Read(new(query!, Blank(operationName), variables, extensions));
    }

    public static async Task<GraphQLReadResult> FromBodyAsync(HttpRequest request)
    {
        if (!GraphQLMediaTypes.IsJsonBody(request.ContentType, out _))
        {
            return GraphQLReadResult.UnsupportedMediaType;
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, JsonOptions, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return GraphQLReadResult.Invalid([new ProblemError("body", "The request body is not valid JSON.")]);
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
                    query = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : Fail<string>(errors, Query, "query must be a string: the GraphQL document.");
                    break;
                case OperationName:
                    operationName = member.Value.ValueKind switch
                    {
                        JsonValueKind.String => member.Value.GetString(),
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
                    break;
            }
        }

        FindUnsafeText(root, string.Empty, errors);
        if (query is null && !errors.Exists(error => error.Field == Query))
        {
            errors.Add(new ProblemError(Query, "query is required: the GraphQL document."));
        }

        return errors.Count > 0 ? GraphQLReadResult.Invalid(errors) : GraphQLReadResult.Read(new(query!, Blank(operationName), variables, extensions));
    }

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

    private static JsonElement? Object(string? json, string name, List<ProblemError> errors)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            FindUnsafeText(document.RootElement, name, errors);
            return ObjectOrNull(document.RootElement.Clone(), name, errors);
        }
        catch (JsonException)
        {
            errors.Add(new ProblemError(name, $"{name} must be a JSON object."));
            return null;
        }
    }

    private static JsonElement? ObjectOrNull(JsonElement value, string name, List<ProblemError> errors) => value.ValueKind switch
    {
        JsonValueKind.Object => value.Clone(),
        JsonValueKind.Null => null,
        _ => Fail<JsonElement?>(errors, name, $"{name} must be a JSON object or null."),
    };

    private static T? Fail<T>(List<ProblemError> errors, string field, string message)
    {
        errors.Add(new ProblemError(field, message));
        return default;
    }

    // Empty is the same as absent: GraphiQL-style clients send operationName "" for an anonymous operation.
    private static string? Blank(string? operationName) => string.IsNullOrEmpty(operationName) ? null : operationName;

    /// <summary>Every string and property name, escaped or not: U+0000 or a lone surrogate is a 400 naming where it is.</summary>
    private static void FindUnsafeText(JsonElement element, string path, List<ProblemError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when UnsafeText.IsUnsafe(element.GetString()):
                errors.Add(new ProblemError(path.Length == 0 ? "body" : path, $"'{path}' {UnsafeText.Message}"));
                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    var memberPath = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                    if (UnsafeText.IsUnsafe(member.Name))
                    {
                        errors.Add(new ProblemError(path.Length == 0 ? "body" : path, $"A property name {UnsafeText.Message}"));
                        continue;
                    }

                    FindUnsafeText(member.Value, memberPath, errors);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    FindUnsafeText(item, $"{path}[{index++}]", errors);
                }

                break;
        }
    }
}
