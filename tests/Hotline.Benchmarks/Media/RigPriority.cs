using System.Globalization;
using System.Runtime.InteropServices;

namespace Hotline.Benchmarks.Media;

/// <summary>
/// Gives the rig's threads (the phones' sender and receiver, every thread of both sipp processes) the nice value Hotline's
/// media threads ask for, so that on a machine shared with other work the neighbours delay the generating and the
/// measuring no more than the media path being measured; the reference path gets the same. Where the process may not
/// (no CAP_SYS_NICE) nothing changes and the report says so. HOTLINE_BENCH_MEDIA_RIG_NICE=off leaves the rig alone, to
/// compare with runs of the benchmark from before it raised the rig.
/// </summary>
internal static class RigPriority
{
    public const int Niceness = -10;

    /// <summary>False when HOTLINE_BENCH_MEDIA_RIG_NICE=off asks to leave the rig's threads alone.</summary>
    public static bool Enabled { get; } =
        !string.Equals(Environment.GetEnvironmentVariable("HOTLINE_BENCH_MEDIA_RIG_NICE"), "off", StringComparison.OrdinalIgnoreCase);

    /// <summary>Raises one thread of this process by its kernel id; false when not allowed or not enabled.</summary>
    public static bool RaiseThread(int threadId) => Enabled && SetPriority(0, threadId, Niceness) == 0;

    /// <summary>Raises every thread of every sipp this process started; returns how many threads were raised.</summary>
    public static int RaiseSippThreads()
    {
        var raised = 0;
        var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            try
            {
                // stat: pid (comm) state ppid ...
                var stat = File.ReadAllText(Path.Combine(process, "stat"));
                var close = stat.LastIndexOf(')');
                var comm = stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..close];
                var parent = stat[(close + 2)..].Split(' ')[1];
                if (comm != "sipp" || parent != self)
                {
                    continue;
                }

                foreach (var task in Directory.EnumerateDirectories(Path.Combine(process, "task")))
                {
                    if (RaiseThread(int.Parse(Path.GetFileName(task), NumberStyles.Integer, CultureInfo.InvariantCulture)))
                    {
                        raised++;
                    }
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return raised;
    }

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int niceness);
}
