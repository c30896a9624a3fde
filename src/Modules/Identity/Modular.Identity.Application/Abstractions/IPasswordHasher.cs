namespace Modular.Identity.Application.Abstractions;

/// <summary>A slow salted password hash. Asynchronous because hashing is gated so it cannot take every thread.</summary>
internal interface IPasswordHasher
{
    Task<string> HashAsync(string password, CancellationToken cancellationToken);

    Task<bool> VerifyAsync(string password, string hash, CancellationToken cancellationToken);

    /// <summary>Spends the time of a real verification against a dummy hash, so unknown emails cannot be told apart by timing.</summary>
    Task VerifyAgainstDummyAsync(string password, CancellationToken cancellationToken);
}
