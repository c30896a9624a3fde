using Microsoft.Extensions.Hosting;

namespace Modular.Host.Platform.Startup;

/// <summary>
/// What the process says and answers when it cannot start: one line on standard error and an exit code, never an
/// unhandled exception (a stack trace and SIGABRT, exit 134). Building the host only reads configuration, so whatever is
/// thrown then is invalid configuration (exit 2, as <see cref="HostRunExtensions"/>' own check); what is thrown while
/// migrating or starting (a database that does not exist, a refused password, a dependency's malformed setting) is a
/// start that failed (exit 1). The console logger may not exist yet, so the line is written directly.
/// </summary>
public static class StartupFailure
{
    /// <summary>Everything but the test host's own abort (WebApplicationFactory stops the entry point with it).</summary>
    public static bool Handles(Exception exception) => exception is not HostAbortedException;

    /// <summary>A failure while building the host: exit code 2.</summary>
    public static int InvalidConfiguration(Exception exception)
    {
        Console.Error.WriteLine($"Invalid configuration, the host will not start: {Messages(exception)}");
        return HostRunExtensions.InvalidConfigurationExitCode;
    }

    /// <summary>A failure while migrating or starting: exit code 1.</summary>
    public static int CouldNotStart(Exception exception)
    {
        Console.Error.WriteLine($"The host could not start: {Messages(exception)}");
        return 1;
    }

    /// <summary>The messages of the exception and its causes, on one line (no type names, no stack).</summary>
    private static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Count > 1)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(inner => inner.Message));
                break;
            }

            messages.Add(current.Message);
        }

        return string.Join(" ", messages.Distinct().Select(message => message.ReplaceLineEndings(" ")));
    }
}
