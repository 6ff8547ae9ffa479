using System.Globalization;

namespace Hotline.Benchmarks.Sip;

/// <summary>The cumulative counters of sipp's last statistics line (<c>-trace_stat</c>, semicolon-separated with a header).</summary>
internal sealed record SippStats(long Created, long Successful, long Failed, long Retransmissions, long FailedMaxUdpRetrans, long FailedTimeoutOnRecv, double CallRate, double AverageCallLength)
{
    /// <summary>
    /// Calls created per second while sipp was creating them: its cumulative rate counts the whole run, including the
    /// last calls' length after the last one was created, which this takes off again.
    /// </summary>
    public double CreationRate
    {
        get
        {
            if (CallRate <= 0 || Created == 0)
            {
                return 0;
            }

            var elapsed = Created / CallRate;
            return Created / Math.Max(elapsed - AverageCallLength, elapsed / 2);
        }
    }

    /// <summary>Reads the last line of a sipp statistics file; null when it has no data line yet.</summary>
    public static SippStats? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        if (lines.Count < 2)
        {
            return null;
        }

        var header = lines[0].Split(';');
        var last = lines[^1].Split(';');
        string Field(string name)
        {
            var index = Array.IndexOf(header, name);
            return index >= 0 && index < last.Length ? last[index] : "0";
        }

        long Count(string name) => long.TryParse(Field(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
        double Rate(string name) => double.TryParse(Field(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

        return new SippStats(
            Count("TotalCallCreated"), Count("SuccessfulCall(C)"), Count("FailedCall(C)"), Count("Retransmissions(C)"),
            Count("FailedMaxUDPRetrans(C)"), Count("FailedTimeoutOnRecv(C)"), Rate("CallRate(C)"), Duration(Field("CallLength(C)")));
    }

    // sipp writes durations as HH:MM:SS:microseconds.
    private static double Duration(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 4 || !parts.All(p => long.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
        {
            return 0;
        }

        var values = parts.Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return (values[0] * 3600) + (values[1] * 60) + values[2] + (values[3] / 1e6);
    }
}
