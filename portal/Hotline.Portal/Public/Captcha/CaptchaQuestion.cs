using System.Security.Cryptography;
using System.Text;

namespace Hotline.Portal.Public.Captcha;

/// <summary>An arithmetic question (e.g. 37 + 6) derived from a captcha token with a server key, so the answer never leaves the server.</summary>
public sealed record CaptchaQuestion(int Left, char Operator, int Right)
{
    /// <summary>The expected answer.</summary>
    public int Answer => Operator == '+' ? Left + Right : Left - Right;

    /// <summary>The question as drawn: "37+6=?".</summary>
    public string Text => $"{Left}{Operator}{Right}=?";

    /// <summary>The question bound to <paramref name="token"/> under <paramref name="key"/>.</summary>
    public static CaptchaQuestion From(byte[] key, string token)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(token);
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(token));
        // Two-digit left operand and a one-digit right one: about 80 possible answers, easy for people to work out.
        var left = 10 + (hash[0] % 40);
        var right = 1 + (hash[1] % 9);
        return new CaptchaQuestion(left, hash[2] % 2 == 0 ? '+' : '-', right);
    }

    /// <summary>The key bytes for a configured secret (UTF-8).</summary>
    public static byte[] KeyOf(string secret) => Encoding.UTF8.GetBytes(secret);
}
