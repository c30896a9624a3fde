using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Modular.Shared.Application.Validation;
using Modular.Shared.Kernel.Identifiers;

namespace Modular.Host.Platform.OpenApi;

/// <summary>
/// What the JSON rules (<c>ContractJson</c>) imply but the generator cannot see through their converters: text is a
/// <c>string</c>, a timestamp a <c>date-time</c> string, an <see cref="int"/> an <c>int32</c> integer, a decimal is money (a number of whole cents, as the contract
/// says), lists of text have string items. Also the response facts properties declare (<see cref="EmailAddressAttribute"/>,
/// <see cref="KnownValuesAttribute"/>) and the problem bodies (<see cref="ProblemSchemas"/>).
/// </summary>
internal sealed class ContractSchemaTransformer : IOpenApiSchemaTransformer
{
    /// <summary>The contract: money is a JSON number with at most 2 decimals.</summary>
    private const decimal MoneyStep = 0.01m;

    /// <summary>
    /// The one format of every email, in requests and responses: "email", as the contract names it. Not "idn-email",
    /// although the server also accepts non-ASCII addresses (RFC 6531; the description says so): common validators
    /// (ajv with ajv-formats, which Portman and Newman run) do not know "idn-email" and refuse to compile the schema at all.
    /// </summary>
    public const string EmailFormat = "email";

    /// <summary>What <see cref="EmailFormat"/> alone does not say of the addresses the server accepts (ADR 0020).</summary>
    public const string EmailDescription =
        "An email address; internationalized ones (non-ASCII, RFC 6531) are accepted too. Stored and returned in canonical form: NFC, then case-folded to lower case (Unicode case folding: simple, and İ as i̇).";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(ProblemDetails))
        {
            ProblemSchemas.DescribeProblem(schema);
            return Task.CompletedTask;
        }

        if (type == typeof(HttpValidationProblemDetails))
        {
            ProblemSchemas.DescribeValidationProblem(schema);
            return Task.CompletedTask;
        }

        var value = Nullable.GetUnderlyingType(type) ?? type;
        // A query parameter is absent or a text, never JSON null.
        var nullable = context.ParameterDescription is null
            && (value != type || context.JsonPropertyInfo is { } property && (property.IsGetNullable || property.IsSetNullable));
        if (value == typeof(string))
        {
            Describe(schema, JsonSchemaType.String, format: null, nullable);
        }
        else if (value == typeof(DateTimeOffset))
        {
            Describe(schema, JsonSchemaType.String, "date-time", nullable);
        }
        else if (value == typeof(decimal))
        {
            // The exact-decimal converter hides the number from the generator; on the wire it is a JSON number still.
            // "decimal" (the OpenAPI Format Registry's fixed-point number) is what makes generators type money exactly
            // (Kiota, NSwag, openapi-generator: decimal, not double); ajv needs it declared (README, Generated clients).
            Describe(schema, JsonSchemaType.Number, format: null, nullable);
            schema.Format = "decimal";
            schema.MultipleOf = MoneyStep;
        }
        else if (value == typeof(Guid))
        {
            // format: uuid alone admits "urn:uuid:..." in ajv-formats; the server takes the canonical form only (UuidText).
            Describe(schema, JsonSchemaType.String, "uuid", nullable);
            schema.Pattern = UuidText.Pattern;
        }
        else if (value == typeof(int))
        {
            // The integral converter (an integer in any spelling of its value) hides the type as the decimal's does.
            Describe(schema, JsonSchemaType.Integer, "int32", nullable);
        }
        else if (schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is null && context.JsonTypeInfo.ElementType == typeof(string))
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        if (context.JsonPropertyInfo?.AttributeProvider is ICustomAttributeProvider attributes)
        {
            ApplyDeclaredFacts(schema, attributes);
        }

        return Task.CompletedTask;
    }

    private static void Describe(OpenApiSchema schema, JsonSchemaType type, string? format, bool nullable)
    {
        if (schema.Type is null || schema.Type == JsonSchemaType.Null)
        {
            schema.Type = nullable ? type | JsonSchemaType.Null : type;
        }

        schema.Format ??= format;
    }

    private static void ApplyDeclaredFacts(OpenApiSchema schema, ICustomAttributeProvider attributes)
    {
        var declared = attributes.GetCustomAttributes(inherit: false);
        var target = schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is OpenApiSchema items ? items : schema;
        foreach (var attribute in declared)
        {
            switch (attribute)
            {
                case EmailAddressAttribute:
                    // Requests declare the same format (their validators name it).
                    target.Format = EmailFormat;
                    target.Description ??= EmailDescription;
                    break;
                case KnownValuesAttribute known:
                    NamedValueSets.Describe(target, known.Set());
                    break;
            }
        }
    }
}
