using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Modular.Host.Platform.Logging;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Names the operation of a GraphQL request in its request log line and on its <c>http.server.request.duration</c>
/// series (<c>graphql_operation_type</c>, <c>graphql_operation_name</c>): never the document, whose literals may hold
/// secrets. Operation names come from clients, so the series keep the first <see cref="MaxNames"/> distinct ones and
/// count the rest as <c>other</c>.
/// </summary>
internal static class GraphQLTelemetry
{
    public const int MaxNames = 200;
    public const string Anonymous = "anonymous";
    public const string Other = "other";

    private static readonly ConcurrentDictionary<string, byte> Names = new(StringComparer.Ordinal);

    public static void Record(HttpContext context, string type, string? name)
    {
        RequestLogOperation.Set(context, type, name);
        if (context.Features.Get<IHttpMetricsTagsFeature>() is { } metrics)
        {
            metrics.Tags.Add(new("graphql.operation.type", type));
            metrics.Tags.Add(new("graphql.operation.name", Bounded(name)));
        }
    }

    private static string Bounded(string? name)
    {
        if (name is null)
        {
            return Anonymous;
        }

        if (name.Length > 64)
        {
            return Other;
        }

        return Names.ContainsKey(name) || (Names.Count < MaxNames && Names.TryAdd(name, 0)) ? name : Other;
    }
}
