using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// The rules every document passes before it runs: the specification's (with the executable-definitions and root type
/// checks GraphQL.NET lacks),
/// then the host's guards (text, fields once fragments are spread, depth, reads of the schema, login attempts,
/// complexity and, when switched off, introspection), each refusal naming the setting that refused it. Each guard is
/// linear in the document (ADR 0047); GraphQL.NET's complexity rule is not, and runs only on a document the others let
/// through.
/// </summary>
internal sealed class GraphQLValidationRules(IOptions<GraphQLOptions> options)
{
    public IReadOnlyList<IValidationRule> Rules { get; } = Build(options.Value);

    private static List<IValidationRule> Build(GraphQLOptions options)
    {
        var maxComplexity = options.MaxComplexity;
        var defaultImpact = new ComplexityOptions().DefaultComplexityImpactDelegate;
        List<IValidationRule> rules =
        [
            .. DocumentValidator.CoreRules,
            ExecutableDefinitionsRule.Instance,
            KnownOperationTypesRule.Instance,
            UnsafeLiteralRule.Instance,
            new SpreadFieldsRule(maxComplexity),
            new MaxDepthRule(options.MaxDepth),
            IntrospectionDepthRule.Instance,
            new RootFieldBudgetRule([RootFieldBudget.SchemaReads(options.MaxSchemaReads), RootFieldBudget.AuthAttempts]),
            new ComplexityValidationRule(new ComplexityOptions
            {
                MaxComplexity = maxComplexity,
                // Introspection is bounded by IntrospectionDepthRule, the schema reads' RootFieldBudget and the size of the schema, not by this budget.
                DefaultComplexityImpactDelegate = context =>
                    IsIntrospection(context) ? new FieldComplexityResult(0, 1) : defaultImpact(context),
                ValidateComplexityDelegate = context =>
                {
                    if (context.Error is not null && context.ValidationContext.Operation is { } operation)
                    {
                        context.Error = new GraphQLGuardError(
                            "GraphQL:MaxComplexity",
                            $"The operation's complexity is {context.TotalImpact:0}; GraphQL:MaxComplexity allows {maxComplexity}.",
                            operation);
                    }

                    return Task.CompletedTask;
                },
            }),
        ];
        if (!options.Introspection)
        {
            rules.Add(IntrospectionSwitchRule.Instance);
        }

        return rules;
    }

    private static bool IsIntrospection(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);
}
