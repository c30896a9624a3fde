using Modular.Testing.Processes;

namespace Modular.ScaleOutTests.Deployments;

internal static class ProcessPorts
{
    /// <summary>
    /// This suite's default port range, apart from the fault suite's (7000-7199) so that both can run at once;
    /// <c>MODULAR_PROCESS_PORTS</c> still wins. Called before the first lease, which reads the range once.
    /// </summary>
    public static void UseDefaultRange()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(LoopbackPorts.RangeVariable)))
        {
            Environment.SetEnvironmentVariable(LoopbackPorts.RangeVariable, "7200-7399");
        }
    }
}
