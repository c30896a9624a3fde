using Microsoft.EntityFrameworkCore;
using Modular.Users.Application.Abstractions;
using Modular.Users.Domain.Profiles;
using Modular.Users.Infrastructure.Persistence.Configurations;
using Npgsql;

namespace Modular.Users.Infrastructure.Persistence;

internal sealed class UserProfileRepository(UsersDbContext context) : IUserProfileRepository
{
    public Task<UserProfile?> FindActiveAsync(Guid userId, CancellationToken cancellationToken) =>
        context.Profiles.FirstOrDefaultAsync(profile => profile.Id == userId && profile.DeletedAt == null, cancellationToken);

    public Task<bool> ExistsAsync(Guid userId, CancellationToken cancellationToken) =>
        context.Profiles.AnyAsync(profile => profile.Id == userId, cancellationToken);

    public Task<bool> EmailInUseAsync(string email, Guid exceptUserId, CancellationToken cancellationToken)
    {
        var normalized = ProfileRules.NormalizeEmail(email);
        return context.Profiles.AnyAsync(
            profile => profile.NormalizedEmail == normalized && profile.DeletedAt == null && profile.Id != exceptUserId,
            cancellationToken);
    }

    public void Add(UserProfile profile) => context.Profiles.Add(profile);

    public async Task<ProfileSaveOutcome> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return ProfileSaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ProfileSaveOutcome.ConcurrentChange;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation,
            ConstraintName: UserProfileConfiguration.UniqueEmailIndex,
        })
        {
            return ProfileSaveOutcome.EmailTaken;
        }
    }
}
