using System.ComponentModel.DataAnnotations;

namespace Modular.Host.Platform.GraphQL;

/// <summary>Section <c>GraphQL</c>: the guards every document passes before it executes.</summary>
internal sealed class GraphQLOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>
    /// Deepest nesting of fields an operation may select (<c>{ orders { data { items { product { name } } } } }</c> is 5),
    /// introspection fields counted as any other: graphql-js's introspection query of GraphQL tools is 15 deep, so it needs
    /// at least 15 here (ADR 0042).
    /// </summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 10;

    /// <summary>
    /// Budget of an operation: each selected field costs 1, times the items its parents may return (a page's
    /// <c>limit</c>, 5 for other lists). The default admits a full page of 100 orders with their items and products,
    /// and the introspection query of GraphQL tools.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>
    /// How many times one operation may read the schema: its <c>__schema</c> and <c>__type</c> selections under distinct
    /// response names (aliases), each of which returns up to the whole schema outside the complexity budget. The
    /// introspection query of GraphQL tools reads it once (ADR 0048).
    /// </summary>
    [Range(1, 100)]
    public int MaxSchemaReads { get; set; } = 2;

    /// <summary>
    /// Most fragment definitions one document may hold. GraphQL.NET's validation compares the fragments spread side by
    /// side pairwise (the specification's overlapping-fields rule), so its cost grows with their square: 3,100 fragments
    /// (120 KB) took 116 s of CPU, 310 took 0.45 s. Documents of generated clients hold tens.
    /// </summary>
    [Range(1, 1000)]
    public int MaxFragments { get; set; } = 100;

    /// <summary>Whether <c>__schema</c>/<c>__type</c> and <c>/graphql/schema.graphql</c> answer; off hides the schema from clients.</summary>
    public bool Introspection { get; set; } = true;
}
