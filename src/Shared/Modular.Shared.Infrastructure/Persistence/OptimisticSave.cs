using Microsoft.EntityFrameworkCore;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>Saves whose <c>UPDATE</c>s are guarded by concurrency tokens, where losing the race is an answer, not an error.</summary>
public static class OptimisticSave
{
    /// <summary>
    /// Saves <paramref name="context"/>'s changes: true when every guarded <c>UPDATE</c> matched its row; false when one
    /// matched none (a concurrent change won, EF's <see cref="DbUpdateConcurrencyException"/>), and then nothing is
    /// saved and the tracker is cleared, so the caller's next step starts from the database again.
    /// </summary>
    public static async Task<bool> TrySaveChangesAsync(this DbContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return false;
        }
    }
}
