namespace Hotline.Grains.Store;

/// <summary>A SIP extension's credentials: digest HA1 values per algorithm, never the password itself.</summary>
public sealed class SipAccount
{
    /// <summary>The extension number, also the SIP user name (e.g. 8001).</summary>
    public required string Extension { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>The realm the HA1 values were computed for; a realm change needs new passwords.</summary>
    public required string Realm { get; set; }

    /// <summary>MD5(user:realm:password), lower-case hex.</summary>
    public required string Ha1Md5 { get; set; }

    /// <summary>SHA-256(user:realm:password), lower-case hex.</summary>
    public required string Ha1Sha256 { get; set; }

    public bool Enabled { get; set; } = true;
}
