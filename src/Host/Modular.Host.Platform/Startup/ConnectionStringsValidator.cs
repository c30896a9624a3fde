using Microsoft.Extensions.Options;
using Modular.Host.Platform.Messaging;
using Npgsql;
using StackExchange.Redis;

namespace Modular.Host.Platform.Startup;

/// <summary>Checks the form of each connection string at startup, so a typo is one line naming it instead of a driver's stack trace later.</summary>
internal sealed class ConnectionStringsValidator : IValidateOptions<ConnectionStrings>
{
    public ValidateOptionsResult Validate(string? name, ConnectionStrings options)
    {
        var failures = new List<string>();
        Check(failures, nameof(ConnectionStrings.Postgres), options.Postgres, "an Npgsql connection string", value => _ = new NpgsqlConnectionStringBuilder(value));
        Check(failures, nameof(ConnectionStrings.RabbitMq), options.RabbitMq, "an amqp://user:pass@host:port/vhost URI", value => RabbitMqEndpoint.Parse(value));
        Check(failures, nameof(ConnectionStrings.Redis), options.Redis, "a StackExchange.Redis configuration string", value => ConfigurationOptions.Parse(value));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string key, string? value, string expected, Action<string> parse)
    {
        var setting = $"ConnectionStrings:{key} (environment variable ConnectionStrings__{key})";
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{setting} is not set; it must be {expected}.");
            return;
        }

        try
        {
            parse(value);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            // The parser's message may quote the value, password included: name the setting only.
            failures.Add($"{setting} is not {expected}.");
        }
    }
}
