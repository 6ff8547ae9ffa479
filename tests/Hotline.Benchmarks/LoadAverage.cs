using System.Globalization;

namespace Hotline.Benchmarks;

/// <summary>The machine's load averages (1, 5 and 15 minutes) from /proc/loadavg; null where it cannot be read.</summary>
internal sealed record LoadAverage(double OneMinute, double FiveMinutes, double FifteenMinutes)
{
    public static LoadAverage? Read()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new LoadAverage(
                double.Parse(fields[0], CultureInfo.InvariantCulture),
                double.Parse(fields[1], CultureInfo.InvariantCulture),
                double.Parse(fields[2], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
