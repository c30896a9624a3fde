using Modular.Host.Platform.Memory;

namespace Modular.Host.UnitTests.Memory;

public sealed class IdleDecisionTests
{
    private const long MiB = 1 << 20;

    [Fact]
    public void Start_up_is_released_after_enough_quiet_checks_and_not_before()
    {
        var process = new Process();
        var decision = new IdleDecision(process.Now);

        var answers = Enumerable.Range(0, IdleMemoryRelease.QuietChecks).Select(_ => decision.ShouldRelease(process.Idle())).ToList();

        Assert.All(answers[..^1], answer => Assert.False(answer));
        Assert.True(answers[^1]);
    }

    [Fact]
    public void Allocating_or_compiling_restarts_the_quiet_count()
    {
        var process = new Process();
        var decision = new IdleDecision(process.Now);

        for (var i = 0; i < IdleMemoryRelease.QuietChecks - 1; i++)
        {
            Assert.False(decision.ShouldRelease(process.Idle()));
        }

        Assert.False(decision.ShouldRelease(process.Allocate(IdleMemoryRelease.QuietAllocationBytes)));
        Assert.False(decision.ShouldRelease(process.Idle()));
        Assert.False(decision.ShouldRelease(process.Compile(IdleMemoryRelease.QuietCompiledMethods)));
        Assert.False(decision.ShouldRelease(process.Idle()));
    }

    [Fact]
    public void After_a_release_only_new_work_releases_again()
    {
        var process = new Process();
        var decision = Released(process);

        for (var i = 0; i < 3 * IdleMemoryRelease.QuietChecks; i++)
        {
            Assert.False(decision.ShouldRelease(process.Idle()));
        }

        for (var burst = 0L; burst < IdleMemoryRelease.WorkBytes; burst += 16 * MiB)
        {
            Assert.False(decision.ShouldRelease(process.Allocate(16 * MiB)));
        }

        Assert.True(QuietUntilAsked(decision, process.Idle(), process));
    }

    private static IdleDecision Released(Process process)
    {
        var decision = new IdleDecision(process.Now);
        Assert.True(QuietUntilAsked(decision, process.Idle(), process));
        decision.Released(process.Now);
        return decision;
    }

    private static bool QuietUntilAsked(IdleDecision decision, ProcessActivity first, Process process)
    {
        var answer = decision.ShouldRelease(first);
        for (var i = 1; i < IdleMemoryRelease.QuietChecks; i++)
        {
            answer = decision.ShouldRelease(process.Idle());
        }

        return answer;
    }

    /// <summary>Totals of a made-up process, one check apart.</summary>
    private sealed class Process
    {
        public ProcessActivity Now { get; private set; } = new(Allocated: 500 * MiB, CompiledMethods: 20_000);

        public ProcessActivity Idle() => Now = Now with { Allocated = Now.Allocated + (MiB / 10), CompiledMethods = Now.CompiledMethods + 2 };

        public ProcessActivity Allocate(long bytes) => Now = Now with { Allocated = Now.Allocated + bytes };

        public ProcessActivity Compile(long methods) => Now = Now with { CompiledMethods = Now.CompiledMethods + methods };
    }
}
