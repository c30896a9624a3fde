using System.Diagnostics.Metrics;
using Modular.Host.Platform.Observability;

namespace Modular.Host.UnitTests.Observability;

public sealed class MetricCardinalityTests
{
    [Theory]
    [InlineData("http.server.request.duration")]
    [InlineData("aspnetcore.routing.match_attempts")]
    public void Instruments_with_a_route_per_series_keep_the_sdk_default(string name)
    {
        using var meter = new Meter("Microsoft.AspNetCore.Hosting");
        var instrument = meter.CreateHistogram<double>(name);

        Assert.Equal(MetricCardinality.RequestSeries, MetricCardinality.Limit(instrument).CardinalityLimit);
    }

    [Theory]
    [InlineData("dotnet.gc.collections")]
    [InlineData("messaging.masstransit.consume")]
    [InlineData("db.client.operation.duration")]
    public void Every_other_instrument_gets_the_small_limit(string name)
    {
        using var meter = new Meter("Modular.Tests");
        var instrument = meter.CreateCounter<long>(name);

        var configuration = MetricCardinality.Limit(instrument);

        Assert.Equal(MetricCardinality.OtherSeries, configuration.CardinalityLimit);
        // Only the limit: name, description and tags stay the instrument's own.
        Assert.Null(configuration.Name);
        Assert.Null(configuration.TagKeys);
    }
}
