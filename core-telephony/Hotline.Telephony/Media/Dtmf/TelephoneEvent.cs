using System.Buffers.Binary;

namespace Hotline.Telephony.Media.Dtmf;

/// <summary>One RFC 4733 telephone-event payload: event code, end bit, volume (−dBm0) and duration in timestamp units.</summary>
public readonly record struct TelephoneEvent(byte EventCode, bool End, byte Volume, ushort Duration)
{
    /// <summary>Payload size in bytes.</summary>
    public const int Size = 4;

    /// <summary>The DTMF digit this event stands for, or null for other events.</summary>
    public char? Digit => DtmfDigits.FromEventCode(EventCode);

    /// <summary>Reads the first event of a payload; false when it is shorter than 4 bytes.</summary>
    public static bool TryRead(ReadOnlySpan<byte> payload, out TelephoneEvent value)
    {
        if (payload.Length < Size)
        {
            value = default;
            return false;
        }

        // Byte 1: E (end), R (reserved, ignored), then six bits of volume.
        value = new TelephoneEvent(
            payload[0],
            (payload[1] & 0x80) != 0,
            (byte)(payload[1] & 0x3F),
            BinaryPrimitives.ReadUInt16BigEndian(payload[2..]));
        return true;
    }

    /// <summary>Writes the 4-byte payload (reserved bit zero); returns the bytes written.</summary>
    public int WriteTo(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException("A telephone-event payload needs 4 bytes.", nameof(destination));
        }

        if (Volume > 63)
        {
            throw new InvalidOperationException("Volume is six bits (0–63).");
        }

        destination[0] = EventCode;
        destination[1] = (byte)((End ? 0x80 : 0) | Volume);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], Duration);
        return Size;
    }
}
