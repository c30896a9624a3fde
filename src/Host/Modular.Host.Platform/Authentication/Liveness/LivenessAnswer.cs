namespace Modular.Host.Platform.Authentication.Liveness;

/// <summary>A state read from Redis and when (a <see cref="TimeProvider.GetTimestamp"/>), kept past its freshness as the outage fallback.</summary>
internal readonly record struct LivenessAnswer(AccountState State, long ReadAt);
