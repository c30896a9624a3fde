using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Modular.Shared.UnitTests.Configuration;

internal sealed class SampleOptions
{
    [Range(1, 10)]
    public int Count { get; set; } = 5;

    [Required]
    public string Secret { get; set; } = "default-secret";

    [ValidateObjectMembers]
    public SampleRule Rule { get; set; } = new();

    /// <summary>Not validated: no <see cref="ValidateObjectMembersAttribute"/>.</summary>
    public SampleRule Unchecked { get; set; } = new();
}
