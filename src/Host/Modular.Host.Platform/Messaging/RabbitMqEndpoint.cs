namespace Modular.Host.Platform.Messaging;

/// <summary>The parts of an <c>amqp://user:pass@host:port/vhost</c> URI.</summary>
internal sealed record RabbitMqEndpoint(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public const string ConnectionStringName = "RabbitMq";

    /// <summary><c>host:port</c>, for log lines (never the credentials).</summary>
    public string Address => $"{Host}:{Port}";

    public static RabbitMqEndpoint Parse(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)
            || !Uri.TryCreate(connectionString, UriKind.Absolute, out var uri)
            || (uri.Scheme != "amqp" && uri.Scheme != "amqps" && uri.Scheme != "rabbitmq"))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:RabbitMq must be an amqp://user:pass@host:port/vhost URI (environment variable ConnectionStrings__RabbitMq).");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var username = credentials.Length > 0 && credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (ushort)(uri.Scheme == "amqps" ? 5671 : 5672) : (ushort)uri.Port;
        return new RabbitMqEndpoint(uri.Host, port, path.Length == 0 ? "/" : path, username, password);
    }
}
