using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Modular.Host.Platform.OpenApi;

/// <summary>
/// The schema of a request type with a registered validator (a module's request record) states that validator's
/// rules: a field is required exactly when a rule requires it (so PATCH bodies are partial), nullable only where null is
/// accepted, and bounded as the rules bound it. Validators are registered by each module's own registration call, so a
/// module that is not composed describes nothing.
/// </summary>
internal sealed class RequestRulesSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is not { Count: > 0 } properties
            || ValidatorRules.DescriptorsFor(context.ApplicationServices, context.JsonTypeInfo.Type) is not { } descriptors)
        {
            return Task.CompletedTask;
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (!properties.TryGetValue(property.Name, out var field))
            {
                continue;
            }

            var member = (property.AttributeProvider as MemberInfo)?.Name ?? property.Name;
            var nullable = property.IsSetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            if (ValidatorRules.Apply(field, descriptors, member, property.Name, nullable))
            {
                required.Add(property.Name);
            }
        }

        schema.Required = required;
        return Task.CompletedTask;
    }
}
