using System.Globalization;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Modular.Shared.Application.Validation;

namespace Modular.Host.Platform.OpenApi;

/// <summary>
/// Reads a request's FluentValidation rules, the ones the edge runs (ADR 0005), into the schema of one of its fields:
/// presence, lengths, ranges, patterns, formats, allowed values, item counts and the decimal step. A rule no schema can
/// state (a <c>Must</c>) adds nothing; a rule on each item of a list (<c>RuleForEach</c>) describes the items.
/// </summary>
internal static class ValidatorRules
{
    /// <summary>The rules of <paramref name="requestType"/>'s registered validators, or null when it has none.</summary>
    public static IValidatorDescriptor[]? DescriptorsFor(IServiceProvider services, Type requestType)
    {
        var validators = services.GetServices(typeof(IValidator<>).MakeGenericType(requestType)).OfType<IValidator>().ToArray();
        return validators.Length == 0 ? null : [.. validators.Select(validator => validator.CreateDescriptor())];
    }

    /// <summary>
    /// Applies the rules of member <paramref name="member"/> to <paramref name="schema"/>; answers whether they require a
    /// value. Null is allowed only where the field's type allows it and no rule requires a value. A rule is found under
    /// the member's name or, when the rule renames it (<c>OverridePropertyName</c>), under the name on the wire.
    /// </summary>
    public static bool Apply(IOpenApiSchema schema, IEnumerable<IValidatorDescriptor> descriptors, string member, string wireName, bool nullable)
    {
        var required = false;
        var rules = descriptors
            .SelectMany(descriptor => new[] { member, wireName }.Distinct(StringComparer.Ordinal).SelectMany(descriptor.GetRulesForMember))
            .Distinct();
        foreach (var rule in rules)
        {
            var eachItem = IsForEachItem(rule);
            var target = eachItem ? (schema as OpenApiSchema)?.Items as OpenApiSchema : schema as OpenApiSchema;
            if (target is null)
            {
                continue;
            }

            foreach (var component in rule.Components)
            {
                var presence = component.Validator is INotNullValidator or INotEmptyValidator;
                if (presence && eachItem)
                {
                    SetNullable(target, false);
                }
                else if (presence && !component.HasCondition && !component.HasAsyncCondition)
                {
                    required = true;
                }

                Describe(target, component.Validator);
            }
        }

        if (schema is OpenApiSchema field)
        {
            SetNullable(field, nullable && !required);
        }

        return required;
    }

    private static void Describe(OpenApiSchema schema, IPropertyValidator validator)
    {
        switch (validator)
        {
            case INotEmptyValidator when schema.Type?.HasFlag(JsonSchemaType.Array) == true:
                schema.MinItems = Math.Max(schema.MinItems ?? 0, 1);
                break;
            case INotEmptyValidator when schema.Type?.HasFlag(JsonSchemaType.String) == true:
                schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
                break;
            case ILengthValidator length:
                if (length.Min > 0)
                {
                    schema.MinLength = Math.Max(schema.MinLength ?? 0, length.Min);
                }

                if (length.Max > 0)
                {
                    schema.MaxLength = Math.Min(schema.MaxLength ?? int.MaxValue, length.Max);
                }

                break;
            case IBetweenValidator between:
                var exclusive = validator.Name.StartsWith("Exclusive", StringComparison.Ordinal);
                schema.Minimum = exclusive ? null : Number(between.From);
                schema.Maximum = exclusive ? null : Number(between.To);
                schema.ExclusiveMinimum = exclusive ? Number(between.From) : null;
                schema.ExclusiveMaximum = exclusive ? Number(between.To) : null;
                break;
            case IRegularExpressionValidator pattern:
                schema.Pattern = pattern.Expression;
                break;
            case IAllowedValuesValidator allowed:
                NamedValueSets.Describe(schema, allowed.Set);
                break;
            case IItemCountValidator count:
                schema.MinItems = count.Min;
                schema.MaxItems = count.Max;
                break;
            case var _ when validator.GetType().IsGenericType && validator.GetType().GetGenericTypeDefinition() == typeof(PrecisionScaleValidator<>):
                var scale = (int)validator.GetType().GetProperty(nameof(PrecisionScaleValidator<object>.Scale))!.GetValue(validator)!;
                schema.MultipleOf = 1m / (decimal)Math.Pow(10, scale);
                break;
        }

        if (validator is IFormatValidator { Format: { } format })
        {
            schema.Format = format;
            if (format == ContractSchemaTransformer.EmailFormat)
            {
                schema.Description ??= ContractSchemaTransformer.EmailDescription;
            }
        }
    }

    private static void SetNullable(OpenApiSchema schema, bool nullable)
    {
        if (schema.Type is not { } type || type == JsonSchemaType.Null)
        {
            return;
        }

        schema.Type = nullable ? type | JsonSchemaType.Null : type & ~JsonSchemaType.Null;
    }

    private static bool IsForEachItem(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static string? Number(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}
