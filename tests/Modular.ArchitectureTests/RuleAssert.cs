using NetArchTest.Rules;

namespace Modular.ArchitectureTests;

internal static class RuleAssert
{
    public static void Passes(TestResult result, string rule)
    {
        var offenders = result.FailingTypeNames ?? [];
        Assert.True(result.IsSuccessful, $"{rule}. Offending types: {string.Join(", ", offenders)}");
    }

    /// <summary>The rule must flag exactly these fixture types: no fewer (it can fail) and no more (it is not over-broad).</summary>
    public static void FailsExactlyFor(TestResult result, params Type[] offenders)
    {
        Assert.False(result.IsSuccessful);
        Assert.Equal(offenders.Select(type => type.FullName).Order(), (result.FailingTypeNames ?? []).Order());
    }
}
