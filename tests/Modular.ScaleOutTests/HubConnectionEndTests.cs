using System.Text.Json;
using Modular.ScaleOutTests.Clients;
using Modular.ScaleOutTests.Deployments;
using Modular.Testing;
using Modular.Testing.Processes;

namespace Modular.ScaleOutTests;

/// <summary>
/// A hub connection that ends normally ends quietly on a real server (Kestrel), whatever its transport: its request line
/// is logged and the request pipeline logs no Error. In-process test servers provide the WebSocket feature before any
/// middleware runs and Kestrel does not, so a middleware that took an upgraded connection for a plain response wrote to it
/// after the upgrade: two Error lines with a stack, and an error in the request metrics, for every closed connection.
/// </summary>
[Collection(ReplicaCollection.Name)]
public sealed class HubConnectionEndTests(ReplicaDeployment replicas)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_connection_closed_by_its_client_logs_its_request_line_and_no_pipeline_error(bool webSocketsOnly)
    {
        var account = await replicas.ViaProxy.RegisterAndLoginAsync("hub-end");
        var host = replicas.A;
        var hub = await HubClient.ConnectAsync(host.BaseAddress, account.AccessToken, webSocketsOnly);
        await hub.DisposeAsync();

        // The connection's request line (101) is written once the pipeline has finished with it, after any error it logs;
        // the user is new, so its lines are this connection's (the client sends its custom headers with negotiate only).
        var user = $"user {account.Id}";
        bool Logged() => Deployment.LogLines(host).Any(line => line.Contains(user, StringComparison.Ordinal) && line.Contains("GET /hubs/notifications responded 101", StringComparison.Ordinal));
        await Eventually.Until(
            () => Task.FromResult(Logged() || PipelineErrors(host).Count > 0),
            ended => ended,
            TimeSpan.FromSeconds(10),
            $"the request line of the hub connection of {user}, or an error");
        Assert.Empty(PipelineErrors(host));
        Assert.True(Logged());
    }

    /// <summary>Error and Critical lines of ASP.NET Core (Kestrel, the hosting diagnostics, SignalR) and of the platform's pipeline.</summary>
    private static List<string> PipelineErrors(HostProcess host) =>
        [.. Deployment.LogLines(host).Where(line => line.StartsWith('{')).Where(line =>
        {
            using var entry = JsonDocument.Parse(line);
            var root = entry.RootElement;
            return root.TryGetProperty("LogLevel", out var level) && level.GetString() is "Error" or "Critical"
                && root.TryGetProperty("Category", out var category) && category.GetString() is { } name
                && (name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name.StartsWith("Modular.Host.Platform", StringComparison.Ordinal));
        })];
}
