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

    /// <summary>
    /// The kernel ids of this process's threads whose names start with <paramref name="prefix"/> (as far as the 15
    /// characters /proc keeps), e.g. all the media clock's threads.
    /// </summary>
    public static int[] FindByPrefix(string prefix)
    {
        var shown = prefix.Length > 15 ? prefix[..15] : prefix;
        var found = new List<int>();
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(shown, StringComparison.Ordinal))
                {
                    found.Add(int.Parse(Path.GetFileName(task), NumberStyles.Integer, CultureInfo.InvariantCulture));
                }
            }
            catch (IOException)
            {
                // The thread ended while we looked.
            }
        }

        return [.. found];
    }

    /// <summary>User + system time the threads have used together.</summary>
    public static TimeSpan Of(IEnumerable<int> threadIds) => threadIds.Aggregate(TimeSpan.Zero, (sum, id) => sum + Of(id));

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
