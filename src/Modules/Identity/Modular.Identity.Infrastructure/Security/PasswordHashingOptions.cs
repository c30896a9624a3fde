using System.ComponentModel.DataAnnotations;

namespace Modular.Identity.Infrastructure.Security;

/// <summary>The <c>Identity:Password</c> section.</summary>
internal sealed class PasswordHashingOptions
{
    public const string SectionName = "Identity:Password";

    /// <summary>The contract's floor; each step above doubles the cost of a login.</summary>
    public const int MinimumWorkFactor = 10;

    /// <summary>bcrypt cost (log2 of the rounds). See docs/adr for the measurement behind the default.</summary>
    [Range(MinimumWorkFactor, 16)]
    public int WorkFactor { get; set; } = MinimumWorkFactor;

    /// <summary>Hashes computed at once; 0 means one per processor. Further logins wait without holding a thread.</summary>
    [Range(0, int.MaxValue)]
    public int MaxConcurrentHashes { get; set; }
}
