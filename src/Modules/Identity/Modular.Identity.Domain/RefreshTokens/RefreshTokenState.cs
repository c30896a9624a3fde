namespace Modular.Identity.Domain.RefreshTokens;

public enum RefreshTokenState
{
    /// <summary>May be exchanged once for a new pair of tokens.</summary>
    Active,

    /// <summary>Already exchanged: presenting it again is reuse, the sign of a stolen token.</summary>
    Used,

    /// <summary>Its family was revoked (logout, reuse, disabled account).</summary>
    Revoked,

    Expired,
}
