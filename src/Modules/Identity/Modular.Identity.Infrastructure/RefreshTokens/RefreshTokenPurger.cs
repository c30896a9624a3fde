using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Application.Abstractions;

namespace Modular.Identity.Infrastructure.RefreshTokens;

/// <summary>Deletes refresh tokens whose lifetime is over. Safe on several instances at once: a delete is idempotent.</summary>
internal sealed class RefreshTokenPurger(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRefreshTokenStore>().DeleteExpiredAsync(clock.GetUtcNow(), cancellationToken);
    }
}
