using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// The fields of one response name under one type in a merged selection set (<see cref="SelectionMerge"/>): one field
/// name, one set of arguments, their sub-selections, and the other groups of the same response name (under other types).
/// Argument texts are built only when a name repeats: a document without repeated names allocates none.
/// </summary>
internal sealed class MergeGroup(string field, GraphQLArguments? arguments)
{
    private string? _argumentsText;

    public string Field { get; } = field;

    public int Count { get; set; }

    public List<GraphQLSelectionSet>? Inner { get; private set; }

    /// <summary>The next group of the same response name, under another type.</summary>
    public MergeGroup? NextOfName { get; set; }

    public string ArgumentsText => _argumentsText ??= GraphQL.ArgumentsText.Of(arguments);

    public bool HasArguments(GraphQLArguments? other) =>
        (arguments?.Items.Count ?? 0) == 0 && (other?.Items.Count ?? 0) == 0 || ArgumentsText == GraphQL.ArgumentsText.Of(other);

    /// <summary>Whether a field of <paramref name="other"/> would be compared as a field of another shape (a possible error).</summary>
    public bool DiffersFrom(MergeGroup other) => other != this && (other.Field != Field || other.ArgumentsText != ArgumentsText);

    public void Add(GraphQLSelectionSet? selectionSet)
    {
        Count++;
        if (selectionSet is not null)
        {
            (Inner ??= []).Add(selectionSet);
        }
    }
}
