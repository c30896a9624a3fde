namespace Modular.Identity.Application.Abstractions;

/// <summary>How saving a change of an account's roles ended.</summary>
internal enum RolesChangeSave
{
    Saved,

    /// <summary>Another change of the same account's roles committed since it was read.</summary>
    ConcurrentChange,

    /// <summary>The change took <c>admin</c> from the only active administrator; nothing was saved.</summary>
    LastAdministrator,
}
