namespace Modular.Host.Platform.Authentication.Liveness;

/// <summary>What Redis says about one user id.</summary>
internal enum AccountState
{
    /// <summary>An active account.</summary>
    Active,

    /// <summary>A disabled account, or (the states being published) no account at all.</summary>
    Inactive,

    /// <summary>The states are not published (a new or flushed Redis, before Identity rebuilt them): nothing is known.</summary>
    Unpublished,

    /// <summary>Redis did not answer in time.</summary>
    Unreadable,
}
