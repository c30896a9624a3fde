namespace Modular.Identity.Infrastructure.Revocation;

internal static class RevokedUserKeys
{
    public static string For(Guid userId) => $"identity:revoked-user:{userId:N}";
}
