using Microsoft.Extensions.Options;
using Modular.Identity.Application.Abstractions;
using Modular.Shared.Kernel.Text;

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
        GatedAsync(() => BCrypt.Net.BCrypt.EnhancedHashPassword(CanonicalText.Nfc(password), _workFactor), cancellationToken);

    public Task<bool> VerifyAsync(string password, string hash, CancellationToken cancellationToken) =>
        GatedAsync(() => Verify(password, hash), cancellationToken);

    public Task VerifyAgainstDummyAsync(string password, CancellationToken cancellationToken) =>
        GatedAsync(() => Verify(password, _dummyHash.Value), cancellationToken);

    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// Passwords are compared in NFC (RFC 8265's OpaqueString profile; ADR 0020), so a keyboard that composes "é"
    /// differently still signs in. A hash made from a raw non-NFC password before that rule is still accepted; the dummy
    /// path does the same work, so response time tells nothing about which emails exist.
    /// </summary>
    private static bool Verify(string password, string hash)
    {
        var canonical = CanonicalText.Nfc(password);
        return BCrypt.Net.BCrypt.EnhancedVerify(canonical, hash)
            || (!string.Equals(canonical, password, StringComparison.Ordinal) && BCrypt.Net.BCrypt.EnhancedVerify(password, hash));
    }

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
