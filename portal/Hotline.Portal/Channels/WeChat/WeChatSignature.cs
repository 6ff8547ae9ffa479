using System.Security.Cryptography;
using System.Text;

namespace Hotline.Portal.Channels.WeChat;

/// <summary>The official-account push signature: hex SHA-1 of token, timestamp and nonce sorted ordinally and concatenated.</summary>
public static class WeChatSignature
{
    /// <summary>The signature WeChat sends for these values.</summary>
    public static string Compute(string token, string timestamp, string nonce)
    {
        string[] parts = [token, timestamp, nonce];
        Array.Sort(parts, StringComparer.Ordinal);
#pragma warning disable CA5350 // SHA-1 is what the WeChat push protocol specifies; the hotline does not choose it.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
    }

    /// <summary>Whether <paramref name="signature"/> is right for the token; false when any value is missing.</summary>
    public static bool IsValid(string token, string? signature, string? timestamp, string? nonce)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(signature) || timestamp is null || nonce is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(token, timestamp, nonce)),
            Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
    }
}
