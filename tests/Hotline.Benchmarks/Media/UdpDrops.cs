using System.Globalization;

namespace Hotline.Benchmarks.Media;

/// <summary>
/// Datagrams the kernel dropped at IPv4 UDP sockets because their receive buffers were full (the drops column of
/// /proc/net/udp), summed over the sockets whose local port passes a filter: tells whose socket lost a packet.
/// </summary>
internal static class UdpDrops
{
    public static long Sum(Func<int, bool> localPort)
    {
        long drops = 0;
        foreach (var line in File.ReadLines("/proc/net/udp").Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 13)
            {
                continue;
            }

            var local = fields[1];
            var port = int.Parse(local.AsSpan(local.IndexOf(':', StringComparison.Ordinal) + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (localPort(port))
            {
                drops += long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
        }

        return drops;
    }
}
