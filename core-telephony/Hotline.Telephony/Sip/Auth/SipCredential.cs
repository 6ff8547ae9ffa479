namespace Hotline.Telephony.Sip.Auth;

/// <summary>A SIP user's digest secret for one realm: HA1 per algorithm (lower-case hex), never the password.</summary>
/// <param name="UserName">The digest user name (for extensions, the extension number).</param>
/// <param name="Realm">The realm the HA1 values were computed for.</param>
/// <param name="Md5Ha1">MD5(user:realm:password), or null when MD5 is not allowed for this user.</param>
/// <param name="Sha256Ha1">SHA-256(user:realm:password), or null when not provisioned.</param>
/// <param name="Enabled">A disabled user is refused exactly like an unknown one.</param>
public sealed record SipCredential(string UserName, string Realm, string? Md5Ha1, string? Sha256Ha1, bool Enabled = true)
{
    /// <summary>Builds a credential with both HA1 values from a password (for seeding and tests; the password is not kept).</summary>
    public static SipCredential FromPassword(string userName, string realm, string password, bool enabled = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(password);
        return new SipCredential(
            userName,
            realm,
            DigestAlgorithm.Md5.Ha1(userName, realm, password),
            DigestAlgorithm.Sha256.Ha1(userName, realm, password),
            enabled);
    }

    /// <summary>The HA1 for <paramref name="algorithm"/>, or null when this credential has none for it.</summary>
    public string? Ha1For(DigestAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        return ReferenceEquals(algorithm, DigestAlgorithm.Sha256) ? Sha256Ha1 : ReferenceEquals(algorithm, DigestAlgorithm.Md5) ? Md5Ha1 : null;
    }
}
