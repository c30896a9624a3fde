using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Modular.Shared.Web.Parameters;

namespace Modular.Host.Platform.OpenApi;

/// <summary>
/// Parameters as the endpoint reads them: those it reads itself, from the <see cref="DeclaredParameter"/>s in its
/// metadata (paging, <c>Idempotency-Key</c>), and the bounds of query filters bound with <c>[AsParameters]</c>, read from
/// the filter record's validator, the one the edge runs.
/// </summary>
internal sealed class ParametersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Parameters ??= [];
        foreach (var declared in metadata.OfType<DeclaredParameter>().DistinctBy(parameter => parameter.Name))
        {
            operation.Parameters.Add(Describe(declared));
        }

        var filters = metadata.OfType<MethodInfo>().FirstOrDefault()?.GetParameters()
            .Where(parameter => parameter.IsDefined(typeof(AsParametersAttribute)))
            .Select(parameter => parameter.ParameterType) ?? [];
        foreach (var filter in filters)
        {
            DescribeQueryFilter(operation.Parameters, filter, context);
        }

        return Task.CompletedTask;
    }

    private static void DescribeQueryFilter(IList<IOpenApiParameter> parameters, Type filter, OpenApiOperationTransformerContext context)
    {
        if (ValidatorRules.DescriptorsFor(context.ApplicationServices, filter) is not { } descriptors || context.Document is not { } document)
        {
            return;
        }

        foreach (var property in filter.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (parameters.OfType<OpenApiParameter>().FirstOrDefault(parameter => parameter.In == ParameterLocation.Query && parameter.Name == name) is { } parameter
                && parameter.Schema is { } schema)
            {
                parameter.Required |= ValidatorRules.Apply(schema, descriptors, property.Name, name, nullable: false);
                parameter.Description ??= property.GetCustomAttribute<QueryFilterDescriptionAttribute>()?.Description;
                parameter.Schema = NamedValueSets.Componentize(schema, document);
            }
        }
    }

    private static OpenApiParameter Describe(DeclaredParameter declared) => declared switch
    {
        IntegerQueryParameter query => new OpenApiParameter
        {
            Name = query.Name,
            In = ParameterLocation.Query,
            Description = query.Description,
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Minimum = query.Minimum.ToString(CultureInfo.InvariantCulture),
                Maximum = query.Maximum.ToString(CultureInfo.InvariantCulture),
                Default = JsonValue.Create(query.Default),
            },
        },
        TextHeaderParameter header => new OpenApiParameter
        {
            Name = header.Name,
            In = ParameterLocation.Header,
            Description = header.Description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = header.MaxLength, Pattern = header.Pattern },
        },
        _ => throw new NotSupportedException($"No OpenAPI description for {declared.GetType().Name}."),
    };
}
