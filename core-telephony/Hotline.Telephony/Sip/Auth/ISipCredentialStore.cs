namespace Hotline.Telephony.Sip.Auth;

/// <summary>Where digest authentication finds a user's HA1 values (the portal backs it with the user store).</summary>
public interface ISipCredentialStore
{
    /// <summary>The credential of <paramref name="userName"/> in <paramref name="realm"/>, or null when there is none.</summary>
    ValueTask<SipCredential?> FindAsync(string userName, string realm, CancellationToken cancellationToken);
}
