namespace Modular.Host.Platform.Authentication.Liveness;

/// <summary>What Redis says about one user id.</summary>
internal enum AccountState
{
    /// <summary>An active account.</summary>
    Active,

    /// <summary>A disabled account: for good, a disabled account never comes back.</summary>
    Disabled,

    /// <summary>No account, the states being published (or a value this version does not know).</summary>
    Unknown,

    /// <summary>The states are not published (a new or flushed Redis, before Identity rebuilt them): nothing is known.</summary>
    Unpublished,

    /// <summary>Redis did not answer in time.</summary>
    Unreadable,
}
