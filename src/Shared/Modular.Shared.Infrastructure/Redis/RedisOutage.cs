using System.Diagnostics;
using System.Reflection;
using StackExchange.Redis;

namespace Modular.Shared.Infrastructure.Redis;

/// <summary>
/// The one test every Redis fallback uses to tell "Redis cannot answer now" from a bug (ADR 0019: every fallback catches
/// the whole kind). Besides the client's own errors (<see cref="RedisException"/>: connection, timeout, server) and a
/// bounded wait running out (<see cref="TimeoutException"/>), a hung server also surfaces as a cancellation nobody asked
/// for: StackExchange.Redis cancels the pending commands of a connection it gives up on. And the client can fail inside
/// itself while a connection is torn down (measured: <see cref="InvalidOperationException"/> "Reading is not allowed after
/// reader was completed" from its pipe reader), so whatever is thrown from within the client's own code counts too. Only a
/// cancellation the caller requested (its own <see cref="CancellationToken"/>) is not an outage.
/// </summary>
public static class RedisOutage
{
    private static readonly Assembly Client = typeof(IConnectionMultiplexer).Assembly;

    public static bool Is(Exception exception, CancellationToken requested = default) => exception switch
    {
        RedisException or TimeoutException => true,
        OperationCanceledException => !requested.IsCancellationRequested,
        _ => ThrownByClient(exception),
    };

    private static bool ThrownByClient(Exception exception) =>
        new StackTrace(exception, fNeedFileInfo: false).GetFrames().Any(frame => frame.GetMethod()?.DeclaringType?.Assembly == Client);
}
