using System.Net.Sockets;
using RabbitMQ.Client;

namespace Modular.Testing.Processes;

/// <summary>
/// A RabbitMQ broker of the test's own: its own epmd, Erlang distribution port, node name, data and config in the
/// workspace, AMQP on 127.0.0.1 only, user <see cref="User"/>/<see cref="Password"/> on vhost <c>/</c>. The process
/// the test signals is the Erlang VM itself, so <see cref="StopAsync"/> with SIGKILL is a real crash. Its data
/// survives stops: durable queues and persistent messages are there again after <see cref="StartAsync(TimeSpan?)"/>.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    public const string User = "modular";
    public const string Password = "modular";

    private readonly ProcessWorkspace _workspace;
    private readonly PortLease _amqp;
    private readonly PortLease _distribution;
    private readonly PortLease _epmdPort;
    private readonly PortLease? _management;
    private readonly string _binaries;
    private readonly RabbitMqNodeFiles _files;
    private EpmdProcess? _epmd;
    private ChildProcess? _broker;

    private RabbitMqServer(ProcessWorkspace workspace, string folder, IReadOnlyList<string> plugins)
    {
        _workspace = workspace;
        _binaries = Environment.GetEnvironmentVariable("MODULAR_RABBIT_BIN") is { Length: > 0 } configured ? configured : "/usr/lib/rabbitmq/bin";
        _amqp = LoopbackPorts.Lease();
        _distribution = LoopbackPorts.Lease();
        _epmdPort = LoopbackPorts.Lease();
        _management = plugins.Contains("rabbitmq_management") ? LoopbackPorts.Lease() : null;
        _files = new RabbitMqNodeFiles(folder, plugins, NodeName, _amqp.Port, _distribution.Port, _epmdPort.Port, _management?.Port);
    }

    public int Port => _amqp.Port;

    /// <summary>The management HTTP API's port, when the <c>rabbitmq_management</c> plugin was asked for.</summary>
    public int? ManagementPort => _management?.Port;

    public string NodeName => $"modular_test_{Port}@localhost";

    /// <summary>The <c>amqp://user:pass@host:port/</c> URI of <c>ConnectionStrings:RabbitMq</c>.</summary>
    public string AmqpUri => $"amqp://{User}:{Password}@127.0.0.1:{Port}/";

    public bool IsRunning => _broker is { HasExited: false };

    /// <summary>The Erlang VM of the broker (the process signals reach).</summary>
    public ChildProcess? Process => _broker;

    /// <summary>
    /// Starts a broker and waits until it accepts AMQP connections (~7 s on an idle machine). <paramref name="plugins"/>
    /// are enabled at boot, e.g. <c>rabbitmq_shovel</c> (moving messages between queues) or <c>rabbitmq_management</c>.
    /// </summary>
    public static async Task<RabbitMqServer> StartAsync(ProcessWorkspace workspace, IReadOnlyList<string>? plugins = null, string name = "rabbitmq")
    {
        var server = new RabbitMqServer(workspace, workspace.Folder(name), plugins ?? []);
        try
        {
            await server.StartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public ConnectionFactory ConnectionFactory() => new()
    {
        Uri = new Uri(AmqpUri),
        RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
        AutomaticRecoveryEnabled = false,
    };

    /// <summary>Starts the broker again (after a stop or a crash) with the same node, ports and data.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (IsRunning)
        {
            return;
        }

        _epmd ??= new EpmdProcess(_workspace, _epmdPort.Port);
        await _epmd.StartAsync();
        _files.Write();
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        // RABBITMQ_ALLOW_INPUT makes rabbitmq-server exec the VM instead of wrapping it: the pid is beam's own.
        _broker = ChildProcess.Start($"rabbitmq:{Port}", Path.Combine(_binaries, "rabbitmq-server"), [], _files.Environment(allowInput: true), _workspace.LogFile($"rabbitmq-{Port}"));
        await WaitUntilAcceptingAsync(timeout ?? TimeSpan.FromSeconds(120));
    }

    /// <summary>Stops the broker: SIGKILL by default (a crash: no goodbye to clients), SIGTERM for a graceful stop.</summary>
    public async Task StopAsync(UnixSignal signal = UnixSignal.Kill)
    {
        if (_broker is not null)
        {
            await _broker.StopAsync(signal, TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>Runs <c>rabbitmqctl</c> against this node (what an operator types), returning its output.</summary>
    public Task<string> CtlAsync(params string[] arguments) =>
        ShortCommand.RunAsync(Path.Combine(_binaries, "rabbitmqctl"), ["-n", NodeName, .. arguments], TimeSpan.FromSeconds(60), _files.Environment(allowInput: false));

    public async ValueTask DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        if (_epmd is not null)
        {
            await _epmd.DisposeAsync();
        }

        _amqp.Dispose();
        _distribution.Dispose();
        _epmdPort.Dispose();
        _management?.Dispose();
    }

    public override string ToString() => $"RabbitMQ {NodeName} on 127.0.0.1:{Port}";

    private async Task WaitUntilAcceptingAsync(TimeSpan timeout)
    {
        var factory = ConnectionFactory();
        await StartupWait.UntilReadyAsync(_broker, $"RabbitMQ on port {Port} accepting AMQP connections", timeout, async () =>
        {
            if (!await LoopbackTcp.AcceptsAsync(Port))
            {
                return "not listening";
            }

            try
            {
                await using var connection = await factory.CreateConnectionAsync();
                await using var channel = await connection.CreateChannelAsync();
                return null;
            }
            catch (Exception exception) when (exception is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or SocketException
                or RabbitMQ.Client.Exceptions.OperationInterruptedException or RabbitMQ.Client.Exceptions.AlreadyClosedException)
            {
                // Listening, but still booting (the default user may not exist yet).
                return exception.Message;
            }
        });
    }
}
