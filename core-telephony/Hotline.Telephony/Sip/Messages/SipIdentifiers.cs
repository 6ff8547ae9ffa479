using System.Security.Cryptography;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>Random tags, branches and Call-IDs with the uniqueness RFC 3261 §8.1.1 and §19.3 ask for.</summary>
public static class SipIdentifiers
{
    /// <summary>A new From/To tag (64 random bits).</summary>
    public static string NewTag() => RandomHex(8);

    /// <summary>A new RFC 3261 branch: the magic cookie and 96 random bits.</summary>
    public static string NewBranch() => ViaHeader.MagicCookie + RandomHex(12);

    /// <summary>A new Call-ID (128 random bits), optionally "@host".</summary>
    public static string NewCallId(string? host = null) => host is null ? RandomHex(16) : RandomHex(16) + "@" + host;

    private static string RandomHex(int bytes)
    {
        Span<byte> buffer = stackalloc byte[16];
        RandomNumberGenerator.Fill(buffer[..bytes]);
        return Convert.ToHexStringLower(buffer[..bytes]);
    }
}
