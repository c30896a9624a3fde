using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// How deep fragments spread fragments in a document (a fragment that spreads none is 1), computed without recursion.
/// GraphQL.NET's validation and the guards follow spreads recursively: a chain of 1,500 fragments (48 KB, anonymous)
/// overflowed the stack and killed the process, and a chain of a few hundred cost seconds of CPU. The handler refuses a
/// document nested deeper than <see cref="Max"/> before anything else reads its fragments (ADR 0047). Cycles are left to
/// the specification's rule (<c>NoFragmentCycles</c>): a spread back into the chain being walked is not followed.
/// </summary>
internal static class FragmentNesting
{
    /// <summary>Deepest nesting read: far beyond what composed fragments (Relay's, Apollo's) reach, far below the stack's limit.</summary>
    public const int Max = 32;

    /// <summary>The document's deepest fragment nesting, or <see cref="Max"/> + 1 as soon as it is known to be deeper.</summary>
    public static int Of(GraphQLDocument document)
    {
        var fragments = FragmentIndex.Of(document);
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var deepest = 0;
        foreach (var name in fragments.Keys)
        {
            deepest = Math.Max(deepest, DepthOf(name, fragments, depths));
            if (deepest > Max)
            {
                break;
            }
        }

        return deepest;
    }

    private static int DepthOf(string start, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, int> depths)
    {
        if (depths.TryGetValue(start, out var known))
        {
            return known;
        }

        var onPath = new HashSet<string>(StringComparer.Ordinal) { start };
        var path = new Stack<Frame>();
        path.Push(new Frame(start, SpreadsOf(fragments[start])));
        while (path.Count > 0)
        {
            var frame = path.Peek();
            if (frame.Next < frame.Spreads.Count)
            {
                var spread = frame.Spreads[frame.Next++];
                if (depths.TryGetValue(spread, out var depth))
                {
                    frame.Deepest = Math.Max(frame.Deepest, depth);
                }
                else if (fragments.TryGetValue(spread, out var fragment) && onPath.Add(spread))
                {
                    if (path.Count >= Max)
                    {
                        return Max + 1;
                    }

                    path.Push(new Frame(spread, SpreadsOf(fragment)));
                }

                continue;
            }

            path.Pop();
            onPath.Remove(frame.Name);
            depths[frame.Name] = frame.Deepest + 1;
            if (path.TryPeek(out var parent))
            {
                parent.Deepest = Math.Max(parent.Deepest, frame.Deepest + 1);
            }
        }

        return depths[start];
    }

    /// <summary>The names of the fragments spread anywhere in <paramref name="fragment"/>'s selections.</summary>
    private static List<string> SpreadsOf(GraphQLFragmentDefinition fragment)
    {
        var spreads = new List<string>();
        var sets = new Stack<GraphQLSelectionSet>();
        sets.Push(fragment.SelectionSet);
        while (sets.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLFragmentSpread spread:
                        spreads.Add(spread.FragmentName.Name.StringValue);
                        break;
                    case GraphQLField { SelectionSet: { } inner }:
                        sets.Push(inner);
                        break;
                    case GraphQLInlineFragment inline:
                        sets.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return spreads;
    }

    private sealed class Frame(string name, List<string> spreads)
    {
        public string Name { get; } = name;

        public List<string> Spreads { get; } = spreads;

        public int Next { get; set; }

        public int Deepest { get; set; }
    }
}
