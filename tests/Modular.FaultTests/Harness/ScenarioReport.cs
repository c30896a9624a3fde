using System.Globalization;
using System.Text;

namespace Modular.FaultTests.Harness;

/// <summary>The figures of one scenario run, as docs/reliability.md reports them.</summary>
internal sealed class ScenarioReport
{
    public required string Scenario { get; init; }

    public required FaultWindow Fault { get; init; }

    public required int Operations { get; init; }

    public required double LoadSeconds { get; init; }

    public required IReadOnlyDictionary<string, int> Statuses { get; init; }

    public required int EventsExpected { get; init; }

    public required int EventsDelivered { get; init; }

    public required int EventsRedelivered { get; init; }

    public required int DuplicatedInEffect { get; init; }

    public required double? ReadinessRecoverySeconds { get; init; }

    public required double MaxLatencyMs { get; init; }

    public required double P99LatencyMs { get; init; }

    public required int AmbiguousOrders { get; init; }

    public required string Pushes { get; init; }

    public required IReadOnlyList<Check> Checks { get; init; }

    public string Notes { get; init; } = string.Empty;

    public bool Passed => Checks.All(check => check.Passed);

    public double Rate => Operations / LoadSeconds;

    public string StatusSummary => string.Join(", ", Statuses.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key}: {entry.Value}"));

    public string ToMarkdownRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Scenario} | {Operations} ops in {LoadSeconds:0} s ({Rate:0.0}/s) | {Fault.Description}, {Fault.Length:0.0} s | {StatusSummary} | " +
        $"{EventsExpected} / {EventsDelivered} / {EventsRedelivered} redelivered, {DuplicatedInEffect} in effect | " +
        $"{(Passed ? "all held" : "FAILED: " + string.Join("; ", Checks.Where(check => !check.Passed).Select(check => check.Name)))} | " +
        $"{(ReadinessRecoverySeconds is { } recovery ? $"{recovery:0.0} s" : "n/a")} | {MaxLatencyMs:0} ms (p99 {P99LatencyMs:0} ms) |");

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Scenario {Scenario}: {(Passed ? "every invariant held" : "INVARIANTS BROKEN")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  load: {Operations} operations in {LoadSeconds:0.0} s ({Rate:0.0}/s); fault: {Fault.Description} from {Fault.Start:0.0} s to {Fault.End:0.0} s ({Fault.Length:0.0} s)");
        text.AppendLine(CultureInfo.InvariantCulture, $"  statuses: {StatusSummary}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  events: {EventsExpected} expected, {EventsDelivered} delivered, {EventsRedelivered} redelivered copies, {DuplicatedInEffect} duplicated in effect");
        text.AppendLine(CultureInfo.InvariantCulture, $"  readiness back {(ReadinessRecoverySeconds is { } recovery ? $"{recovery:0.0} s" : "n/a")} after the fault; slowest answer {MaxLatencyMs:0} ms, p99 {P99LatencyMs:0} ms; orders committed without a 201: {AmbiguousOrders}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  hub pushes: {Pushes}");
        if (Notes.Length > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  notes: {Notes}");
        }

        foreach (var check in Checks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  [{(check.Passed ? "ok" : "FAIL")}] {check.Name}: {check.Detail}");
        }

        return text.ToString();
    }
}
