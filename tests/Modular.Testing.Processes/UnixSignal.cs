namespace Modular.Testing.Processes;

/// <summary>The POSIX signals a test sends to its servers (Linux numbering).</summary>
public enum UnixSignal
{
    /// <summary>PostgreSQL: fast shutdown (roll back, disconnect, stop).</summary>
    Interrupt = 2,

    /// <summary>PostgreSQL: immediate shutdown (no checkpoint; crash recovery on next start).</summary>
    Quit = 3,

    /// <summary>Cannot be caught: the process is gone at once, as after a crash or an OOM kill.</summary>
    Kill = 9,

    /// <summary>What an orchestrator sends first: a graceful stop.</summary>
    Terminate = 15,
}
