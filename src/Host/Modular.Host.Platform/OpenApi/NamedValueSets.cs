using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Modular.Shared.Application.Validation;

namespace Modular.Host.Platform.OpenApi;

/// <summary>
/// A <see cref="ValueSet"/> becomes one string enum under its own name in the document's components (<c>OrderStatus</c>,
/// <c>Role</c>), referenced wherever it is used, so a generated client has one type for it.
/// </summary>
internal static class NamedValueSets
{
    /// <summary>The metadata key under which the framework takes a schema's component name when it resolves references.</summary>
    private const string SchemaIdKey = "x-schema-id";

    /// <summary>Marks the schemas described here: the framework puts its own (sometimes empty) schema id on every schema.</summary>
    private const string ValueSetKey = "modular-value-set";

    public static void Describe(OpenApiSchema schema, ValueSet set)
    {
        schema.Type = JsonSchemaType.String;
        schema.Enum = [.. set.Values.Select(text => (JsonNode)JsonValue.Create(text))];
        schema.Metadata ??= new Dictionary<string, object>(StringComparer.Ordinal);
        schema.Metadata[SchemaIdKey] = set.Name;
        schema.Metadata[ValueSetKey] = set.Name;
    }

    /// <summary>
    /// For a schema described after the framework resolved references (an operation's parameter): registers the named set
    /// as a component and answers a reference to it; any other schema is answered as it is.
    /// </summary>
    public static IOpenApiSchema Componentize(IOpenApiSchema schema, OpenApiDocument document)
    {
        if (schema is not OpenApiSchema { Metadata: { } metadata } described || !metadata.TryGetValue(ValueSetKey, out var id) || id is not string name)
        {
            return schema;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas.TryAdd(name, described);
        return new OpenApiSchemaReference(name, document);
    }
}
