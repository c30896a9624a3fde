namespace Modular.Users.Application.Abstractions;

internal enum ProfileSaveOutcome
{
    Saved,

    /// <summary>The unique index on the normalized email refused the change: another active profile holds the address.</summary>
    EmailTaken,

    /// <summary>The profile changed in another transaction since it was loaded; nothing was written.</summary>
    ConcurrentChange,
}
