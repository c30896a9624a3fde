using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// A document's fragment definitions by name, built once per validation: the guards look a fragment up at every spread,
/// and a scan of the definitions each time would make them quadratic in the document. A repeated name keeps its first
/// definition (the standard rules report the repetition). The guards share one index per document.
/// </summary>
internal static class FragmentIndex
{
    private static readonly ConditionalWeakTable<GraphQLDocument, Dictionary<string, GraphQLFragmentDefinition>> Built = new();

    public static Dictionary<string, GraphQLFragmentDefinition> Of(GraphQLDocument document) => Built.GetValue(document, Build);

    private static Dictionary<string, GraphQLFragmentDefinition> Build(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        return fragments;
    }
}
