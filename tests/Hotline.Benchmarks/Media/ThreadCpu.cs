using System.Globalization;

namespace Hotline.Benchmarks.Media;

/// <summary>
/// CPU time of single threads of this process from /proc/self/task/TID/stat (Linux), so the phones' own threads can
/// be taken off the process total and Hotline's media clock thread seen on its own.
/// </summary>
internal static class ThreadCpu
{
    private const double ClockTicksPerSecond = 100;

    /// <summary>The calling thread's kernel id (the TID in /proc/thread-self).</summary>
    public static int CurrentThreadId()
    {
        var link = new FileInfo("/proc/thread-self").LinkTarget
            ?? throw new InvalidOperationException("/proc/thread-self is not a link: thread CPU times need Linux /proc");
        return int.Parse(Path.GetFileName(link), NumberStyles.Integer, CultureInfo.InvariantCulture);
    }

    /// <summary>The kernel id of this process's thread named <paramref name="name"/> (cut to the 15 characters /proc keeps), or null.</summary>
    public static int? FindByName(string name)
    {
        var shown = name.Length > 15 ? name[..15] : name;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n') == shown)
                {
                    return int.Parse(Path.GetFileName(task), NumberStyles.Integer, CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The thread ended while we looked.
            }
        }

        return null;
    }

    /// <summary>User + system time the thread has used; zero when it has ended or <paramref name="threadId"/> is null.</summary>
    public static TimeSpan Of(int? threadId)
    {
        if (threadId is not { } id)
        {
            return TimeSpan.Zero;
        }

        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/self/task/{id.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }

        // Fields after "(comm)": state is field 3, utime 14 and stime 15 (proc(5)).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }
}
