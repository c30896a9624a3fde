using System.ComponentModel.DataAnnotations;

namespace Modular.Shared.UnitTests.Configuration;

internal sealed class SampleRule
{
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
