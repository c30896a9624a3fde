using Xunit.Abstractions;

namespace Modular.FaultTests.Harness;

/// <summary>Where a scenario's figures go: the test output, and a markdown file per scenario for docs/reliability.md.</summary>
internal static class ReportWriter
{
    /// <summary>Prints the report and writes it to <c>&lt;report directory&gt;/&lt;scenario&gt;.md</c>.</summary>
    public static void Publish(ScenarioReport report, ITestOutputHelper output)
    {
        output.WriteLine(report.ToString());
        output.WriteLine(report.ToMarkdownRow());
        var directory = ReportDirectory();
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, $"{report.Scenario}.md"), $"{report.ToMarkdownRow()}\n\n```\n{report}```\n");
    }

    /// <summary><c>MODULAR_FAULT_REPORT_DIR</c>, else <c>TestResults/faults</c> at the repository root.</summary>
    private static string ReportDirectory()
    {
        if (Environment.GetEnvironmentVariable("MODULAR_FAULT_REPORT_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Modular.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? Path.GetTempPath(), "TestResults", "faults");
    }
}
