using System.Collections.Concurrent;

namespace Hotline.Telephony.Sip.Auth;

/// <summary>A thread-safe credential store held in memory, for tests and small fixed setups.</summary>
public sealed class InMemorySipCredentialStore : ISipCredentialStore
{
    private readonly ConcurrentDictionary<(string UserName, string Realm), SipCredential> _credentials = new();

    /// <summary>How many credentials are stored.</summary>
    public int Count => _credentials.Count;

    /// <summary>Adds or replaces a credential.</summary>
    public void Set(SipCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        _credentials[(credential.UserName, credential.Realm)] = credential;
    }

    /// <summary>Adds or replaces a user by password; only the HA1 values are kept.</summary>
    public void SetPassword(string userName, string realm, string password, bool enabled = true) =>
        Set(SipCredential.FromPassword(userName, realm, password, enabled));

    /// <summary>Removes a user; returns whether it was present.</summary>
    public bool Remove(string userName, string realm) => _credentials.TryRemove((userName, realm), out _);

    /// <inheritdoc />
    public ValueTask<SipCredential?> FindAsync(string userName, string realm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(realm);
        return ValueTask.FromResult(_credentials.TryGetValue((userName, realm), out var credential) ? credential : null);
    }
}
