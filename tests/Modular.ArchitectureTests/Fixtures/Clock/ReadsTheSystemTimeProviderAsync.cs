namespace Modular.ArchitectureTests.Fixtures.Clock;

internal sealed class ReadsTheSystemTimeProviderAsync
{
    public async Task<DateTimeOffset> StampAsync()
    {
        await Task.Yield();
        return TimeProvider.System.GetUtcNow();
    }
}
