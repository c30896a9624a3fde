using System.ComponentModel.DataAnnotations;

namespace Modular.Users.Infrastructure.Caching;

/// <summary>Settings of the profile cache (section <c>Users:Cache</c>).</summary>
internal sealed class UsersCacheOptions
{
    public const string SectionName = "Users:Cache";

    /// <summary>False reads every profile from the database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long Redis keeps a profile; also the bound on staleness should an invalidation be lost.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(5);
}
