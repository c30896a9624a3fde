using System.Globalization;

namespace Modular.Testing.Processes;

/// <summary>
/// The configuration of one RabbitMQ node in its folder: <c>rabbitmq.conf</c>, <c>enabled_plugins</c>, and the
/// environment its server and CLI share (the Erlang cookie lives in that <c>HOME</c>).
/// </summary>
internal sealed record RabbitMqNodeFiles(
    string Folder, IReadOnlyList<string> Plugins, string NodeName, int AmqpPort, int DistributionPort, int EpmdPort, int? ManagementPort)
{
    public Dictionary<string, string?> Environment(bool allowInput)
    {
        var home = Path.Combine(Folder, "home");
        Directory.CreateDirectory(home);
        return new Dictionary<string, string?>
        {
            ["HOME"] = home,
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(Folder, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(Folder, "rabbitmq.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Folder, "enabled_plugins"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(Folder, "rabbitmq.pid"),
            ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture),
            // Set: rabbitmq-server execs the VM instead of wrapping it, so the pid a test signals is beam's own.
            ["RABBITMQ_ALLOW_INPUT"] = allowInput ? "true" : null,
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-noinput -kernel inet_dist_use_interface {127,0,0,1}",
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["ERL_EPMD_PORT"] = EpmdPort.ToString(CultureInfo.InvariantCulture),
        };
    }

    public void Write()
    {
        var lines = new List<string>
        {
            $"listeners.tcp.1 = 127.0.0.1:{AmqpPort}",
            $"default_user = {RabbitMqServer.User}",
            $"default_pass = {RabbitMqServer.Password}",
            "default_user_tags.administrator = true",
            "default_permissions.configure = .*",
            "default_permissions.read = .*",
            "default_permissions.write = .*",
            "loopback_users = none",
            "log.console = true",
            "log.console.level = info",
            "log.file = false",
        };
        if (ManagementPort is { } management)
        {
            lines.Add("management.tcp.ip = 127.0.0.1");
            lines.Add($"management.tcp.port = {management}");
        }

        File.WriteAllLines(Path.Combine(Folder, "rabbitmq.conf"), lines);
        File.WriteAllText(Path.Combine(Folder, "enabled_plugins"), $"[{string.Join(',', Plugins)}].\n");
    }
}
