namespace Modular.Testing;

/// <summary>Where the real services are: the variables scripts/test.sh exports, else the local defaults (test database).</summary>
public static class TestEnvironment
{
    public static string Postgres { get; } = Read(
        "ConnectionStrings__Postgres",
        "Host=127.0.0.1;Port=5432;Database=modular_tests;Username=modular;Password=modular");

    public static string RabbitMq { get; } = Read("ConnectionStrings__RabbitMq", "amqp://modular:modular@127.0.0.1:5672/");

    public static string Redis { get; } = Read("ConnectionStrings__Redis", "127.0.0.1:6379");

    public static Uri RabbitManagement { get; } = new(Read("MODULAR_RABBIT_MGMT_URL", "http://127.0.0.1:15672"));

    public static string RabbitManagementUser { get; } = Read("MODULAR_RABBIT_MGMT_USER", "modular");

    public static string RabbitManagementPassword { get; } = Read("MODULAR_RABBIT_MGMT_PASSWORD", "modular");

    /// <summary>The signing key the test hosts are configured with, so tests can mint tokens of their own.</summary>
    public const string JwtSigningKey = "integration-tests-signing-key-0123456789abcdefghij";

    public const string JwtIssuer = "modular-tests";

    public const string JwtAudience = "modular-tests-api";

    private static string Read(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
