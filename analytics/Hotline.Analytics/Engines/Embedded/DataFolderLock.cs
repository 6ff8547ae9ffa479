using System.Globalization;
using System.Runtime.InteropServices;

namespace Hotline.Analytics.Engines.Embedded;

/// <summary>Tells whether another process holds chDB's lock on a data folder, and which one.</summary>
/// <remarks>
/// ClickHouse takes an exclusive flock(2) on &lt;path&gt;/status and writes its PID there. When chdb_connect
/// fails it only prints "Cannot lock file …/status" on stderr and returns NULL, so the wrapper asks the
/// lock itself instead of parsing output it cannot capture.
/// </remarks>
internal static class DataFolderLock
{
    /// <summary>The file ClickHouse locks inside its data folder.</summary>
    public const string StatusFileName = "status";

    /// <summary>True when the folder's status file is locked by someone else; the holder's PID when the file names one.</summary>
    public static bool IsHeldElsewhere(string folder, out int? holderProcessId)
    {
        holderProcessId = null;
        var descriptor = LibC.Open(Path.Combine(folder, StatusFileName), LibC.OpenReadOnlyCloseOnExec);
        if (descriptor < 0)
            return false;

        try
        {
            if (LibC.Flock(descriptor, LibC.LockSharedNonBlocking) == 0)
            {
                LibC.Flock(descriptor, LibC.Unlock);
                return false;
            }

            if (Marshal.GetLastSystemError() != LibC.WouldBlock)
                return false;

            holderProcessId = ReadProcessId(descriptor);
            return true;
        }
        finally
        {
            LibC.Close(descriptor);
        }
    }

    // Read through the descriptor: .NET's file APIs take a shared flock when opening, which the holder's
    // exclusive lock refuses.
    private static int? ReadProcessId(int descriptor)
    {
        Span<byte> buffer = stackalloc byte[256];
        var length = LibC.Read(descriptor, buffer);
        if (length <= 0)
            return null;

        // The status file starts with "PID: <n>".
        var text = System.Text.Encoding.ASCII.GetString(buffer[..length]);
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("PID:", StringComparison.Ordinal)
                && int.TryParse(line.AsSpan(4).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
                return pid;
        }

        return null;
    }
}
