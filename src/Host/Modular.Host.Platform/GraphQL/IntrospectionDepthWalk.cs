using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>One validation's walk of <see cref="IntrospectionDepthRule"/>: the fragments by name and what each gave per entry state.</summary>
internal sealed record IntrospectionDepthWalk(
    Dictionary<string, GraphQLFragmentDefinition> Definitions,
    Dictionary<(string Fragment, bool InIntrospection, int Lists), int> Known);
