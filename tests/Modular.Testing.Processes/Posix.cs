using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Modular.Testing.Processes;

internal static partial class Posix
{
    private const int NoSuchProcess = 3;

    /// <summary>Sends <paramref name="signal"/> to a process; a process already gone is not an error.</summary>
    public static void Send(int pid, UnixSignal signal)
    {
        if (Kill(pid, (int)signal) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error != NoSuchProcess)
            {
                throw new Win32Exception(error, $"kill({pid}, {signal}) failed");
            }
        }
    }

    /// <summary>Whether a process exists and is not a zombie (exited but not reaped: <c>kill -0</c> would still succeed).</summary>
    public static bool IsRunning(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }

        // The state follows the parenthesised command name, which may itself contain spaces or parentheses.
        var end = stat.LastIndexOf(')');
        return end < 0 || end + 2 >= stat.Length || stat[end + 2] is not ('Z' or 'X');
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
