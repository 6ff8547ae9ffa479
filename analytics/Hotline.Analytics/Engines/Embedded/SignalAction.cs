using System.Runtime.InteropServices;

namespace Hotline.Analytics.Engines.Embedded;

/// <summary>glibc's struct sigaction on 64-bit Linux: handler, 1024-bit mask, flags, restorer (152 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct SignalAction : IEquatable<SignalAction>
{
    /// <summary>The part of sa_mask the Linux kernel uses (64 signals).</summary>
    public const int KernelMaskBytes = 8;

    /// <summary>sa_handler / sa_sigaction.</summary>
    public nint Handler;

    /// <summary>sa_mask: __sigset_t is 1024 bits in glibc, whatever the kernel uses.</summary>
    public fixed byte Mask[128];

    /// <summary>sa_flags (followed by 4 bytes of padding).</summary>
    public int Flags;

    /// <summary>sa_restorer, filled in by glibc.</summary>
    public nint Restorer;

    public readonly bool Equals(SignalAction other)
    {
        if (Handler != other.Handler || Flags != other.Flags)
            return false;
        // glibc copies only the kernel's 64-bit mask back; the remaining bytes are whatever the caller left.
        for (var i = 0; i < KernelMaskBytes; i++)
        {
            if (Mask[i] != other.Mask[i])
                return false;
        }

        return true;
    }

    public override readonly bool Equals(object? obj) => obj is SignalAction other && Equals(other);

    public override readonly int GetHashCode() => HashCode.Combine(Handler, Flags);

    public static bool operator ==(SignalAction left, SignalAction right) => left.Equals(right);

    public static bool operator !=(SignalAction left, SignalAction right) => !left.Equals(right);
}
