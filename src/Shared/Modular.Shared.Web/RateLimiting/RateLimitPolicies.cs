namespace Modular.Shared.Web.RateLimiting;

/// <summary>Rate-limit policy names for <c>RequireRateLimiting</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>The general API budget (<c>RateLimiting:Api</c>).</summary>
    public const string Api = "api";

    /// <summary>Login and register: counts failed attempts only (<c>RateLimiting:Auth</c>).</summary>
    public const string Auth = "auth";
}
