using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// The part of <see cref="DocumentShape"/> that follows how validation merges fields (the specification's
/// <c>FieldsInSetCanMerge</c>), bounding the pairs GraphQL.NET's <c>OverlappingFieldsCanBeMerged</c> would compare and
/// refusing, once, a pair that cannot merge whatever the schema says.
/// </summary>
internal static class SelectionMerge
{
    /// <summary>
    /// Pairs of same-named fields the standard rule compares, across the document: ~60 ns each (20,000 identical
    /// <c>__typename</c>, 2 x 10^8 pairs, took 12.8 s). Far above what composed fragments repeat (a <c>__typename</c> per
    /// fragment: 300 fragments of one type spread together are 45,000 pairs).
    /// </summary>
    public const int MaxComparedPairs = 50_000;

    /// <summary>
    /// Pairs of same-named fields of different fields or arguments under different types, which the standard rule may
    /// report one error each (100,000 such errors took 13 s and 28 MB): as many as graphql-js and graphql-java report.
    /// </summary>
    public const int MaxDifferingPairs = 100;

    /// <summary>
    /// Walks each operation's selections as validation merges them: a selection set with its inline fragments and spread
    /// fragments in place, grouped by response name; each group's sub-selections merged into the next set walked. Fields
    /// of one response name under one type (the set's own, or one type condition) must be one field with the same arguments:
    /// the first pair that is not is refused here, once, where the standard rule reports every pair.
    /// </summary>
    public static (string Message, string? Limit)? Refusal(GraphQLDocument document, int maxSelections)
    {
        var fragments = FragmentIndex.Of(document);
        var walked = 0;
        var pairs = new PairCount();
        var merged = new Queue<List<GraphQLSelectionSet>>();
        foreach (var root in document.Definitions.OfType<GraphQLOperationDefinition>().Select(operation => operation.SelectionSet))
        {
            merged.Enqueue([root]);
        }

        while (merged.TryDequeue(out var sets))
        {
            var groups = new Dictionary<(string Type, string Name), MergeGroup>();
            var byName = new Dictionary<string, MergeGroup>(StringComparer.Ordinal);
            var pending = new Stack<(GraphQLSelectionSet Set, string Type, int Spreads)>(sets.Select(set => (set, string.Empty, 0)));
            while (pending.TryPop(out var item))
            {
                foreach (var selection in item.Set.Selections)
                {
                    // Spreads count too: fragments that only spread others twice each would otherwise walk 2^n times for free.
                    if (++walked > maxSelections)
                    {
                        return ($"The document makes more than {maxSelections} selections once its fragments are spread; {DocumentShape.ComplexitySetting} allows {maxSelections}.", DocumentShape.ComplexitySetting);
                    }

                    if (Walk(selection, item, fragments, pending, groups, byName, pairs) is { } refusal)
                    {
                        return (refusal, null);
                    }
                }
            }

            foreach (var group in groups.Values)
            {
                if (group.Inner is { } inner)
                {
                    merged.Enqueue(inner);
                }
            }
        }

        return null;
    }

    private static string? Walk(
        ASTNode selection,
        (GraphQLSelectionSet Set, string Type, int Spreads) item,
        Dictionary<string, GraphQLFragmentDefinition> fragments,
        Stack<(GraphQLSelectionSet Set, string Type, int Spreads)> pending,
        Dictionary<(string Type, string Name), MergeGroup> groups,
        Dictionary<string, MergeGroup> byName,
        PairCount pairs)
    {
        switch (selection)
        {
            case GraphQLField field:
                var name = (field.Alias?.Name ?? field.Name).StringValue;
                var fieldName = field.Name.StringValue;
                if (!groups.TryGetValue((item.Type, name), out var group))
                {
                    groups[(item.Type, name)] = group = new MergeGroup(fieldName, field.Arguments);
                    if (byName.TryGetValue(name, out var first))
                    {
                        (group.NextOfName, first.NextOfName) = (first.NextOfName, group);
                    }
                    else
                    {
                        byName[name] = group;
                    }
                }
                else if (group.Field != fieldName)
                {
                    return $"Fields '{name}' conflict because '{group.Field}' and '{fieldName}' are different fields. Use different aliases on the fields to fetch both.";
                }
                else if (!group.HasArguments(field.Arguments))
                {
                    return $"Fields '{name}' conflict because they have differing arguments. Use different aliases on the fields to fetch both.";
                }

                // The new field is compared with every earlier one of its name; those of another shape (only under other
                // types, else refused above) may each be an error.
                var (earlier, differing) = (0, 0);
                for (var other = byName[name]; other is not null; other = other.NextOfName)
                {
                    earlier += other.Count;
                    differing += other.Count > 0 && group.DiffersFrom(other) ? other.Count : 0;
                }

                group.Add(field.SelectionSet);
                if ((pairs.Compared += earlier) > MaxComparedPairs || (pairs.Differing += differing) > MaxDifferingPairs)
                {
                    return $"The document repeats response names too often: more than {MaxComparedPairs} pairs of same-named fields to compare, "
                        + $"or more than {MaxDifferingPairs} of them of different fields or arguments.";
                }

                break;
            case GraphQLInlineFragment inline:
                pending.Push((inline.SelectionSet, inline.TypeCondition?.Type.Name.StringValue ?? item.Type, item.Spreads));
                break;
            // A cycle is the specification's error (NoFragmentCycles); here it only ends at the nesting bound.
            case GraphQLFragmentSpread spread when item.Spreads < FragmentNesting.Max
                && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                pending.Push((fragment.SelectionSet, fragment.TypeCondition.Type.Name.StringValue, item.Spreads + 1));
                break;
        }

        return null;
    }

    private sealed class PairCount
    {
        public long Compared { get; set; }

        public long Differing { get; set; }
    }
}
