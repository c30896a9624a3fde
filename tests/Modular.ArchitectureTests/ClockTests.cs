using Modular.ArchitectureTests.Fixtures.Clock;
using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class ClockTests
{
    public static TheoryData<string> Assemblies => new(
        [.. ModuleAssemblies.All.Concat(ModuleAssemblies.Shared).Append(ModuleAssemblies.Platform).Append(ModuleAssemblies.Host).Select(assembly => assembly.GetName().Name!)]);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Timestamps_come_from_the_one_clock_only(string assemblyName)
    {
        var assembly = ModuleAssemblies.All.Concat(ModuleAssemblies.Shared).Append(ModuleAssemblies.Platform).Append(ModuleAssemblies.Host)
            .Single(candidate => candidate.GetName().Name == assemblyName);

        var offenders = ClockRules.TypesReadingTheMachineClock(assembly);

        Assert.True(offenders.Count == 0, $"Read the injected TimeProvider (MicrosecondClock), not the machine clock: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_rule_flags_every_read_of_the_machine_clock_and_nothing_else() =>
        Assert.Equal(
            new[] { typeof(ReadsDateTimeOffsetNowInALambda), typeof(ReadsDateTimeUtcNow), typeof(ReadsTheSystemTimeProviderAsync) }.Select(type => type.FullName).Order(StringComparer.Ordinal),
            ClockRules.TypesReadingTheMachineClock(typeof(ClockTests).Assembly, typeof(UsesTheInjectedClock).Namespace!));
}
