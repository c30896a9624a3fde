using Microsoft.Extensions.Options;
using Modular.Identity.Application.Abstractions;

namespace Modular.Identity.Infrastructure.Security;

/// <summary>
/// bcrypt over a SHA-384 pre-hash (BCrypt.Net's enhanced mode: no silent truncation at 72 bytes). Hashing is CPU-bound,
/// so a semaphore caps how many run at once: a burst of logins queues asynchronously instead of starving the thread pool
/// that every other request needs.
/// </summary>
internal sealed class BcryptPasswordHasher : IPasswordHasher, IDisposable
{
    private readonly int _workFactor;
    private readonly SemaphoreSlim _gate;
    private readonly Lazy<string> _dummyHash;

    public BcryptPasswordHasher(IOptions<PasswordHashingOptions> options)
    {
        _workFactor = Math.Max(options.Value.WorkFactor, PasswordHashingOptions.MinimumWorkFactor);
        var concurrency = options.Value.MaxConcurrentHashes > 0 ? options.Value.MaxConcurrentHashes : Environment.ProcessorCount;
        _gate = new SemaphoreSlim(concurrency, concurrency);
        _dummyHash = new Lazy<string>(() => BCrypt.Net.BCrypt.EnhancedHashPassword(Guid.NewGuid().ToString(), _workFactor));
    }

    public Task<string> HashAsync(string password, CancellationToken cancellationToken) =>
        GatedAsync(() => BCrypt.Net.BCrypt.EnhancedHashPassword(password, _workFactor), cancellationToken);

    public Task<bool> VerifyAsync(string password, string hash, CancellationToken cancellationToken) =>
        GatedAsync(() => BCrypt.Net.BCrypt.EnhancedVerify(password, hash), cancellationToken);

    public Task VerifyAgainstDummyAsync(string password, CancellationToken cancellationToken) =>
        GatedAsync(() => BCrypt.Net.BCrypt.EnhancedVerify(password, _dummyHash.Value), cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task<T> GatedAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return work();
        }
        finally
        {
            _gate.Release();
        }
    }
}
