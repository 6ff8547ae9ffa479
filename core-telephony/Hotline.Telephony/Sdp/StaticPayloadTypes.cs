namespace Hotline.Telephony.Sdp;

/// <summary>The statically assigned RTP payload types of RFC 3551 Tables 4 and 5, which need no a=rtpmap.</summary>
public static class StaticPayloadTypes
{
    /// <summary>G.711 µ-law.</summary>
    public const int Pcmu = 0;

    /// <summary>G.711 A-law.</summary>
    public const int Pcma = 8;

    private static readonly Dictionary<int, RtpPayloadFormat> Table = new[]
    {
        new RtpPayloadFormat(0, "PCMU", 8000),
        new RtpPayloadFormat(3, "GSM", 8000),
        new RtpPayloadFormat(4, "G723", 8000),
        new RtpPayloadFormat(5, "DVI4", 8000),
        new RtpPayloadFormat(6, "DVI4", 16000),
        new RtpPayloadFormat(7, "LPC", 8000),
        new RtpPayloadFormat(8, "PCMA", 8000),
        new RtpPayloadFormat(9, "G722", 8000),
        new RtpPayloadFormat(10, "L16", 44100, 2),
        new RtpPayloadFormat(11, "L16", 44100),
        new RtpPayloadFormat(12, "QCELP", 8000),
        new RtpPayloadFormat(13, "CN", 8000),
        new RtpPayloadFormat(14, "MPA", 90000),
        new RtpPayloadFormat(15, "G728", 8000),
        new RtpPayloadFormat(16, "DVI4", 11025),
        new RtpPayloadFormat(17, "DVI4", 22050),
        new RtpPayloadFormat(18, "G729", 8000),
        new RtpPayloadFormat(25, "CelB", 90000),
        new RtpPayloadFormat(26, "JPEG", 90000),
        new RtpPayloadFormat(28, "nv", 90000),
        new RtpPayloadFormat(31, "H261", 90000),
        new RtpPayloadFormat(32, "MPV", 90000),
        new RtpPayloadFormat(33, "MP2T", 90000),
        new RtpPayloadFormat(34, "H263", 90000),
    }.ToDictionary(f => f.PayloadType);

    /// <summary>The static format for a payload type number, or null when it is dynamic or unassigned.</summary>
    public static RtpPayloadFormat? Find(int payloadType) => Table.GetValueOrDefault(payloadType);
}
