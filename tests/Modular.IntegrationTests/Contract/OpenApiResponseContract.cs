using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// The responses an OpenAPI 3.1 document promises, checked with JsonSchema.Net: for the operation a request reached,
/// the status must be listed, the body must validate against the schema of its media type (formats included) and every
/// required header must be present and match its schema.
/// </summary>
internal sealed partial class OpenApiResponseContract
{
    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
        FormatRegistry = ContractFormats(),
    };

    private readonly JsonNode _document;
    private readonly Uri _documentUri;
    private readonly BuildOptions _build;
    private readonly List<(Regex Path, string Template)> _paths;
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public OpenApiResponseContract(string documentJson)
    {
        _document = JsonNode.Parse(documentJson) ?? throw new ArgumentException("The OpenAPI document is empty.", nameof(documentJson));
        _documentUri = new Uri($"https://contract.test/{Guid.NewGuid():N}/openapi.json");
        var registry = new SchemaRegistry();
        registry.Register(_documentUri, new JsonElementBaseDocument(JsonDocument.Parse(documentJson).RootElement.Clone(), _documentUri));
        _build = new BuildOptions { SchemaRegistry = registry };
        _paths = [.. _document["paths"]!.AsObject().Select(path => (PathPattern(path.Key), path.Key))];
    }

    /// <summary>
    /// "email" as the document's descriptions state it: an address by the system's rule, internationalized ones (RFC 6531)
    /// included. The library's "email" is ASCII only and would refuse "josé@example.com", which the contract's NFC clause
    /// has clients register; every ASCII address is judged as ajv-formats judges it (EmailSyntaxTests).
    /// </summary>
    private static FormatRegistry ContractFormats()
    {
        var formats = new FormatRegistry();
        formats.Register(new PredicateFormat("email", element => element.ValueKind != JsonValueKind.String || Modular.Shared.Kernel.Text.EmailSyntax.IsValid(element.GetString()!)));
        return formats;
    }

    /// <summary>How many responses were checked against an operation: the hook's own evidence that it runs.</summary>
    public int Checked { get; private set; }

    /// <summary>Whether <paramref name="method"/> and <paramref name="path"/> reach an operation of the document.</summary>
    public bool Describes(string method, string path) => Operation(method, path) is not null;

    /// <summary>What is wrong with <paramref name="response"/>; empty when it is what the document promises.</summary>
    public IReadOnlyList<string> Check(ObservedResponse response)
    {
        if (Operation(response.Method, response.Path) is not var (template, method, operation))
        {
            return [];
        }

        lock (_gate)
        {
            Checked++;
        }

        var where = $"{response.Method} {response.Path} (operation {method.ToUpperInvariant()} {template}) answered {response.Status}";
        var status = response.Status.ToString(CultureInfo.InvariantCulture);
        if (operation["responses"]?[status] is not JsonObject documented)
        {
            return [$"{where}: status {status} is not documented. Body: {Excerpt(response.Body)}"];
        }

        var problems = new List<string>();
        CheckHeaders(documented, response, problems);
        if (!string.Equals(response.Method, "HEAD", StringComparison.OrdinalIgnoreCase))
        {
            CheckBody(documented, response, problems);
        }

        return [.. problems.Select(problem => $"{where}: {problem}")];
    }

    private (string Template, string Method, JsonObject Operation)? Operation(string method, string path)
    {
        var verb = string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase) ? "get" : method.ToLowerInvariant();
        foreach (var (pattern, template) in _paths)
        {
            if (pattern.IsMatch(path) && _document["paths"]![template]![verb] is JsonObject operation)
            {
                return (template, verb, operation);
            }
        }

        return null;
    }

    private void CheckHeaders(JsonObject documented, ObservedResponse response, List<string> problems)
    {
        foreach (var (name, declared) in documented["headers"]?.AsObject() ?? [])
        {
            var header = Resolve(declared!);
            var present = response.Headers.TryGetValue(name, out var values) && values.Count > 0;
            if (!present)
            {
                if (header["required"]?.GetValue<bool>() == true)
                {
                    problems.Add($"required header {name} is missing.");
                }

                continue;
            }

            var value = values.ToString();
            JsonNode? instance = header["schema"]?["type"]?.GetValue<string>() == "integer" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(value);
            problems.AddRange(Evaluate(header["schema"], instance).Select(error => $"header {name} '{value}': {error}"));
        }
    }

    private void CheckBody(JsonObject documented, ObservedResponse response, List<string> problems)
    {
        if (documented["content"] is not JsonObject content || content.Count == 0)
        {
            if (response.Body.Length > 0)
            {
                problems.Add($"the response is documented without a body but has one: {Excerpt(response.Body)}");
            }

            return;
        }

        if (response.MediaType is null || content[response.MediaType] is not JsonObject media)
        {
            problems.Add($"media type '{response.MediaType}' is not documented (documented: {string.Join(", ", content.Select(entry => entry.Key))}).");
            return;
        }

        JsonNode? instance;
        try
        {
            instance = JsonNode.Parse(response.Body);
        }
        catch (JsonException exception)
        {
            problems.Add($"the body is not JSON ({exception.Message}): {Excerpt(response.Body)}");
            return;
        }

        problems.AddRange(Evaluate(media["schema"], instance).Select(error => $"body {error}. Body: {Excerpt(response.Body)}"));
        problems.AddRange(ValidationMessageStyle.Check(instance));
    }

    private IEnumerable<string> Evaluate(JsonNode? schemaNode, JsonNode? instance)
    {
        if (schemaNode is null)
        {
            return [];
        }

        var schema = SchemaFor(schemaNode);
        var result = schema.Evaluate(JsonSerializer.SerializeToElement(instance), Evaluation);
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"at '{detail.InstanceLocation}' ({detail.EvaluationPath}): {error.Value}"))
                .DefaultIfEmpty("does not match its schema");
    }

    /// <summary>A schema of the document, its local references pointed at the registered document.</summary>
    private JsonSchema SchemaFor(JsonNode schemaNode)
    {
        var text = schemaNode.ToJsonString();
        lock (_gate)
        {
            if (!_schemas.TryGetValue(text, out var schema))
            {
                var absolute = LocalReference().Replace(text, match => $"\"$ref\":\"{_documentUri}#{match.Groups["pointer"].Value}\"");
                schema = JsonSchema.FromText(absolute, _build, new Uri($"https://contract.test/{Guid.NewGuid():N}/schema.json"));
                _schemas[text] = schema;
            }

            return schema;
        }
    }

    private JsonObject Resolve(JsonNode node)
    {
        if (node["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/", StringComparison.Ordinal))
        {
            JsonNode? target = _document;
            foreach (var segment in reference[2..].Split('/'))
            {
                target = target?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }

            return target as JsonObject ?? throw new InvalidOperationException($"Unresolvable reference {reference}.");
        }

        return node.AsObject();
    }

    /// <summary>A path template (<c>/api/orders/{id}</c>) as routing matches it: literal segments ignore case, a trailing slash is optional.</summary>
    private static Regex PathPattern(string template) =>
        new(
            "^" + string.Concat(template.TrimEnd('/').Split('/').Skip(1).Select(segment =>
                "/" + (segment.StartsWith('{') ? "[^/]+" : Regex.Escape(segment)))) + "/?$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length <= 600 ? text : text[..600] + "...";
    }

    [GeneratedRegex("\"\\$ref\"\\s*:\\s*\"#(?<pointer>/[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LocalReference();
}
