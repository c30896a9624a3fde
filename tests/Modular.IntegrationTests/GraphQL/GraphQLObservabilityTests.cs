using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Platform;
using Modular.Testing;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>A GraphQL request has the request log line and the request metrics of REST, named by its operation, never its document.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GraphQLObservabilityTests(PlatformHosts hosts)
{
    private const string RequestCategory = "Modular.Host.Platform.Logging.RequestLoggingMiddleware";

    [Fact]
    public async Task The_request_line_and_the_duration_series_name_the_operation_and_no_literal_or_variable_reaches_a_log()
    {
        const string literalSecret = "literal-secret-4f1d9c";
        const string variableSecret = "variable-secret-8b2e7a";
        var operation = $"SecretProbe{Guid.NewGuid():N}";
        var correlationId = $"graphql-{Guid.NewGuid():N}";
        using var metrics = new DurationTags();
        using var http = hosts.Testing.CreateClient();
        http.DefaultRequestHeaders.Add("X-Correlation-Id", correlationId);
        var client = new GraphQLClient(http);

        var answer = await client.PostAsync(
            $$"""query {{operation}}($search: String) { a: products(search: $search) { pagination { total } } b: products(search: "{{literalSecret}}") { pagination { total } } }""",
            new { search = variableSecret },
            operationName: operation);

        Assert.False(answer.HasErrors, answer.Text);
        var line = await Eventually.Until(
            () => Task.FromResult(hosts.Logs.Entries.SingleOrDefault(entry => entry.Category == RequestCategory && entry.Level == LogLevel.Information && entry.Fields.GetValueOrDefault("correlationId") == correlationId)),
            entry => entry is not null,
            TimeSpan.FromSeconds(5),
            "the request's log line");
        Assert.Equal("/graphql", line!.Fields["path"]);
        Assert.Equal("query", line.Fields["operationType"]);
        Assert.Equal(operation, line.Fields["operationName"]);
        Assert.Equal("200", line.Fields["status"]);
        Assert.DoesNotContain(hosts.Logs.Entries, entry => entry.AllText.Contains(literalSecret, StringComparison.Ordinal) || entry.AllText.Contains(variableSecret, StringComparison.Ordinal));

        var tags = await Eventually.Until(
            () => Task.FromResult(metrics.For(operation)),
            found => found is not null,
            TimeSpan.FromSeconds(5),
            "the request's duration measurement");
        Assert.Equal("query", tags!["graphql.operation.type"]);
        Assert.Equal("/graphql", tags["http.route"]);
    }

    /// <summary>The tags of ASP.NET Core's <c>http.server.request.duration</c> measurements of the platform hosts (meters named by <see cref="IsolatedMeterFactory"/>), by operation name.</summary>
    private sealed class DurationTags : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, Dictionary<string, string?>> _byOperation = new();

        public DurationTags()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == IsolatedMeterFactory.Prefix + "Microsoft.AspNetCore.Hosting" && instrument.Name == "http.server.request.duration")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
            {
                var values = new Dictionary<string, string?>();
                foreach (var tag in tags)
                {
                    values[tag.Key] = tag.Value?.ToString();
                }

                if (values.GetValueOrDefault("graphql.operation.name") is { } name)
                {
                    _byOperation[name] = values;
                }
            });
            _listener.Start();
        }

        public Dictionary<string, string?>? For(string operation) => _byOperation.GetValueOrDefault(operation);

        public void Dispose() => _listener.Dispose();
    }
}
