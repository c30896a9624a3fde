using Modular.ScaleOutTests.Deployments;
using Modular.Testing.Processes;

namespace Modular.ScaleOutTests;

/// <summary>A module list with a name the host does not know stops the process before it serves or migrates anything.</summary>
public sealed class ModuleSelectionProcessTests
{
    [Theory]
    [InlineData("Orders,Notfications", null, "Notfications")]
    [InlineData("", null, "an empty name")]
    [InlineData("Identity,,Users", "migrate", "an empty name")]
    [InlineData("Orders,Bogus", "migrate", "Bogus")]
    public async Task An_unknown_or_empty_module_name_exits_with_code_2_and_one_line_naming_it(string enabled, string? command, string named)
    {
        ProcessPorts.UseDefaultRange();
        using var workspace = ProcessWorkspace.Create("modules-refused");
        using var port = LoopbackPorts.Lease();
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.Port}",
            // Nothing listens there: a process that got past validation would fail differently (or serve).
            ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none",
            ["ConnectionStrings__RabbitMq"] = "amqp://none:none@127.0.0.1:1/",
            ["ConnectionStrings__Redis"] = "127.0.0.1:1",
            ["Jwt__SigningKey"] = BackingServices.JwtSigningKey,
            ["Modules__Enabled"] = enabled,
        };
        await using var host = ChildProcess.Start(
            "host", "dotnet", command is null ? [HostBuild.AssemblyPath] : [HostBuild.AssemblyPath, command], environment, workspace.LogFile("host"), HostBuild.Directory);

        Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(60)), $"the host kept running: {host.Describe()}");
        // The output is read on other threads: wait for it to have drained after the exit.
        await host.WaitForExitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, host.ExitCode);
        var refusal = Assert.Single(host.Tail, line => line.Contains("Invalid configuration", StringComparison.Ordinal));
        Assert.Contains("Modules:Enabled", refusal, StringComparison.Ordinal);
        Assert.Contains(named, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Tail, line => line.Contains("Unhandled exception", StringComparison.Ordinal) || line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }
}
