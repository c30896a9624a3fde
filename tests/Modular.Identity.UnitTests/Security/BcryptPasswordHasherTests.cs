using Microsoft.Extensions.Options;
using Modular.Identity.Infrastructure.Security;

namespace Modular.Identity.UnitTests.Security;

public sealed class BcryptPasswordHasherTests : IDisposable
{
    private readonly BcryptPasswordHasher _hasher = new(Options.Create(new PasswordHashingOptions { WorkFactor = PasswordHashingOptions.MinimumWorkFactor }));

    [Theory]
    [InlineData("caf\u00e9-secret-1", "cafe\u0301-secret-1")]
    [InlineData("cafe\u0301-secret-1", "caf\u00e9-secret-1")]
    [InlineData("\u212b-secret-12", "\u00c5-secret-12")]
    public async Task A_password_typed_in_another_composition_verifies(string registered, string typed)
    {
        var hash = await _hasher.HashAsync(registered, CancellationToken.None);

        Assert.True(await _hasher.VerifyAsync(typed, hash, CancellationToken.None));
        Assert.False(await _hasher.VerifyAsync("cafe-secret-1", hash, CancellationToken.None));
    }

    [Fact]
    public async Task A_hash_made_from_a_raw_non_NFC_password_before_the_rule_still_verifies()
    {
        const string decomposed = "cafe\u0301-secret-1";
        var legacy = BCrypt.Net.BCrypt.EnhancedHashPassword(decomposed, PasswordHashingOptions.MinimumWorkFactor);

        Assert.True(await _hasher.VerifyAsync(decomposed, legacy, CancellationToken.None));
    }

    [Fact]
    public async Task Case_still_matters_in_a_password()
    {
        var hash = await _hasher.HashAsync("Secret-password", CancellationToken.None);

        Assert.False(await _hasher.VerifyAsync("secret-password", hash, CancellationToken.None));
    }

    public void Dispose() => _hasher.Dispose();
}
