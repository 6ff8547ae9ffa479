using System.Runtime.InteropServices;

namespace Hotline.Analytics.Engines.Embedded;

/// <summary>The few glibc functions the embedded engine needs: sigaction, open, flock, read and close.</summary>
/// <remarks>Bound by function pointer from libc.so.6 so no marshalling stub runs inside signal-sensitive code.</remarks>
internal static unsafe class LibC
{
    /// <summary>open(2) flags: O_RDONLY | O_CLOEXEC.</summary>
    public const int OpenReadOnlyCloseOnExec = 0x80000;

    /// <summary>flock(2) operation: shared lock, non-blocking.</summary>
    public const int LockSharedNonBlocking = 1 | 4;

    /// <summary>flock(2) operation: unlock.</summary>
    public const int Unlock = 8;

    /// <summary>EWOULDBLOCK / EAGAIN on Linux.</summary>
    public const int WouldBlock = 11;

    /// <summary>The size of glibc's struct sigaction on 64-bit Linux.</summary>
    private const int SignalActionSize = 152;

    private static readonly nint s_library = LoadLibrary();
    private static readonly delegate* unmanaged<int, SignalAction*, SignalAction*, int> s_sigaction =
        (delegate* unmanaged<int, SignalAction*, SignalAction*, int>)NativeLibrary.GetExport(s_library, "sigaction");
    private static readonly delegate* unmanaged<byte*, int, int> s_open =
        (delegate* unmanaged<byte*, int, int>)NativeLibrary.GetExport(s_library, "open");
    private static readonly delegate* unmanaged<int, int, int> s_flock =
        (delegate* unmanaged<int, int, int>)NativeLibrary.GetExport(s_library, "flock");
    private static readonly delegate* unmanaged<int, byte*, nuint, nint> s_read =
        (delegate* unmanaged<int, byte*, nuint, nint>)NativeLibrary.GetExport(s_library, "read");
    private static readonly delegate* unmanaged<int, int> s_close =
        (delegate* unmanaged<int, int>)NativeLibrary.GetExport(s_library, "close");

    /// <summary>sigaction(2); returns 0 or -1 with errno set.</summary>
    public static int Sigaction(int signal, SignalAction* action, SignalAction* previous) => s_sigaction(signal, action, previous);

    /// <summary>open(2) of a path; returns a descriptor or -1 with errno set.</summary>
    public static int Open(string path, int flags)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, bytes);
        fixed (byte* pointer = bytes)
            return s_open(pointer, flags);
    }

    /// <summary>flock(2); returns 0 or -1 with errno set.</summary>
    public static int Flock(int descriptor, int operation) => s_flock(descriptor, operation);

    /// <summary>read(2) into a buffer; returns the byte count, 0 at the end, or -1 with errno set.</summary>
    public static int Read(int descriptor, Span<byte> buffer)
    {
        fixed (byte* pointer = buffer)
            return (int)s_read(descriptor, pointer, (nuint)buffer.Length);
    }

    /// <summary>close(2).</summary>
    public static int Close(int descriptor) => s_close(descriptor);

    private static nint LoadLibrary()
    {
        if (!OperatingSystem.IsLinux() || (RuntimeInformation.ProcessArchitecture != Architecture.X64 && RuntimeInformation.ProcessArchitecture != Architecture.Arm64))
            throw new PlatformNotSupportedException("The embedded ClickHouse engine (chDB) runs on 64-bit Linux only.");
        if (sizeof(SignalAction) != SignalActionSize)
            throw new PlatformNotSupportedException($"struct sigaction is laid out as {sizeof(SignalAction)} bytes here, expected {SignalActionSize}.");
        return NativeLibrary.Load("libc.so.6");
    }
}
