using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Modular.Shared.Web.GraphQL;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Parses a request's document and refuses, before anything walks it, what a recursive or pairwise walk cannot afford:
/// the parser guards its own stack (<see cref="ParserMaxDepth"/>), fragment chains are bounded
/// (<see cref="FragmentNesting"/>: GraphQL.NET's validation follows spreads recursively), and so is the number of
/// fragments (<c>GraphQL:MaxFragments</c>: their pairwise comparison costs their square), and so is whatever else the
/// standard rules compare pairwise (<see cref="DocumentShape"/>: same-named fields, directives, arguments). A refusal is the client's
/// error (a parse or validation failure, ADR 0047), never a 500, whose log line would quote the document's text.
/// </summary>
internal static class GraphQLDocumentReader
{
    /// <summary>
    /// The parser's guard of its own stack: levels of selection sets, fields, lists and objects. Two per field level, so
    /// a document may nest fields past <c>GraphQL:MaxDepth</c>'s highest value (100) and reach the rule that names it.
    /// </summary>
    private const int ParserMaxDepth = 256;

    private const string FragmentsSetting = "GraphQL:MaxFragments";

    private static readonly GraphQLDocumentBuilder DocumentBuilder = new() { MaxDepth = ParserMaxDepth };

    /// <summary>
    /// The parsed document, or null and the error to answer; <paramref name="maxFragments"/> is <c>GraphQL:MaxFragments</c>,
    /// <paramref name="maxComplexity"/> <c>GraphQL:MaxComplexity</c>.
    /// </summary>
    public static (GraphQLDocument? Document, ExecutionError? Error) Read(string query, int maxFragments, int maxComplexity)
    {
        GraphQLDocument document;
        try
        {
            document = DocumentBuilder.Build(query);
        }
        catch (SyntaxError syntax)
        {
            return (null, syntax);
        }
        catch (GraphQLMaxDepthExceededException deep)
        {
            // GraphQL.NET turns only syntax errors into SyntaxError; this one is the client's document too.
            return (null, new GraphQLHttpError(
                GraphQLErrorCodes.ParseFailed,
                $"The document nests selections, lists or objects more than {ParserMaxDepth} levels deep (line {deep.Location.Line}, column {deep.Location.Column})."));
        }

        var fragments = document.Definitions.Count(definition => definition is GraphQLFragmentDefinition);
        if (fragments > maxFragments)
        {
            return (null, new GraphQLHttpError(
                GraphQLErrorCodes.ValidationFailed,
                $"The document defines {fragments} fragments; {FragmentsSetting} allows {maxFragments}.",
                new Dictionary<string, object?> { ["limit"] = FragmentsSetting }));
        }

        if (FragmentNesting.Of(document) > FragmentNesting.Max)
        {
            return (null, new GraphQLHttpError(GraphQLErrorCodes.ValidationFailed, $"Fragments spread fragments more than {FragmentNesting.Max} levels deep."));
        }

        return DocumentShape.Refusal(document, maxComplexity) is { } refusal
            ? (null, new GraphQLHttpError(
                GraphQLErrorCodes.ValidationFailed,
                refusal.Message,
                refusal.Limit is null ? null : new Dictionary<string, object?> { ["limit"] = refusal.Limit }))
            : (document, null);
    }
}
