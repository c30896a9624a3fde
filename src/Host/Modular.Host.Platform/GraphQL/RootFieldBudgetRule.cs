using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Refuses an operation whose root fields exceed any of <paramref name="budgets"/>, one refusal per budget exceeded,
/// each naming its setting. The root fields are collected once (<see cref="RootFields"/>: through inline fragments and
/// fragment spreads, each fragment once) for every budget (ADR 0048).
/// </summary>
internal sealed class RootFieldBudgetRule(IReadOnlyList<RootFieldBudget> budgets) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            var root = operation.Operation == OperationType.Mutation ? validation.Schema.Mutation : validation.Schema.Query;
            if (operation != validation.Operation || root is null)
            {
                return;
            }

            var fields = RootFields.Of(operation, validation.Document).ToList();
            foreach (var budget in budgets)
            {
                var count = fields
                    .Where(field => budget.Counts(root, field.FieldName))
                    .Select(field => field.ResponseKey)
                    .Distinct(StringComparer.Ordinal)
                    .Count();
                if (count > budget.Maximum)
                {
                    validation.ReportError(new GraphQLGuardError(budget.Setting, budget.Refusal(count), operation));
                }
            }
        }));
}
