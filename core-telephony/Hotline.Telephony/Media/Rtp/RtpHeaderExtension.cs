namespace Hotline.Telephony.Media.Rtp;

/// <summary>An RTP header extension (RFC 3550 §5.3.1): a 16-bit profile word and data in whole 32-bit words.</summary>
public readonly ref struct RtpHeaderExtension
{
    /// <summary>Creates an extension; <paramref name="data"/> must be a multiple of four bytes long.</summary>
    public RtpHeaderExtension(ushort profile, ReadOnlySpan<byte> data)
    {
        Profile = profile;
        Data = data;
        IsPresent = true;
    }

    /// <summary>Whether the packet carries an extension (the X bit).</summary>
    public bool IsPresent { get; }

    /// <summary>The profile-defined 16 bits that precede the length.</summary>
    public ushort Profile { get; }

    /// <summary>The extension's data, without the 4-byte extension header.</summary>
    public ReadOnlySpan<byte> Data { get; }
}
