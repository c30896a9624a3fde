using Modular.Shared.Infrastructure.Accounts;
using Modular.Testing;
using StackExchange.Redis;

namespace Modular.IntegrationTests.Identity;

/// <summary>The account states Identity publishes, as the tests' Redis holds them (ADR 0021).</summary>
internal static class AccountStateStore
{
    private static readonly Lazy<IConnectionMultiplexer> Main = new(() => Connect(TestEnvironment.Redis));

    public static IConnectionMultiplexer Connect(string configuration) => ConnectionMultiplexer.Connect($"{configuration},abortConnect=false,allowAdmin=true");

    /// <summary>Waits until Identity has published every state (the marker), so that a missing state means "no such account".</summary>
    public static Task PublishedAsync(IConnectionMultiplexer? redis = null, TimeSpan? timeout = null) =>
        Eventually.Until(
            () => (redis ?? Main.Value).GetDatabase().KeyExistsAsync(AccountStateKeys.Published),
            exists => exists,
            timeout ?? TimeSpan.FromSeconds(30),
            "the account states published");

    public static async Task<string?> StateOfAsync(Guid userId, IConnectionMultiplexer? redis = null) =>
        await (redis ?? Main.Value).GetDatabase().StringGetAsync(AccountStateKeys.For(userId));

    /// <summary>Removes a state without announcing it: what a write lost to an outage leaves behind.</summary>
    public static Task RemoveSilentlyAsync(Guid userId, IConnectionMultiplexer? redis = null) =>
        (redis ?? Main.Value).GetDatabase().KeyDeleteAsync(AccountStateKeys.For(userId));

    /// <summary>Writes a state as Identity would, without announcing it: what a lost announcement leaves behind.</summary>
    public static Task WriteSilentlyAsync(Guid userId, string state, IConnectionMultiplexer? redis = null) =>
        (redis ?? Main.Value).GetDatabase().StringSetAsync(AccountStateKeys.For(userId), state);
}
