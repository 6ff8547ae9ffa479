using System.Globalization;
using System.Net;
using System.Security.Cryptography;

namespace Hotline.Telephony.Sdp;

/// <summary>
/// Our o= identity for one dialog: a fixed session id and the version that RFC 3264 §8 requires to grow by
/// one with every changed description we send, and to stay the same when we resend an unchanged one.
/// </summary>
public sealed class LocalSdpSession
{
    private readonly Lock _lock = new();
    private SdpOrigin? _last;
    private string? _lastContent;

    /// <summary>Creates a session identity; the id is random unless given (RFC 8866 §5.2 only asks that it be unique).</summary>
    public LocalSdpSession(IPAddress address, string username = "hotline", ulong? sessionId = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        // 62 bits keep the id positive for peers that read it as a signed 64-bit number.
        var id = sessionId ?? (BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) >> 2);
        var idText = id.ToString(CultureInfo.InvariantCulture);
        Initial = new SdpOrigin(username, idText, idText, "IN", SdpConnection.AddressTypeOf(address), address.ToString());
    }

    /// <summary>The origin the first description will carry.</summary>
    public SdpOrigin Initial { get; }

    /// <summary>The origin of the last description stamped, or null before the first.</summary>
    public SdpOrigin? Current
    {
        get
        {
            lock (_lock)
            {
                return _last;
            }
        }
    }

    /// <summary>
    /// Sets the description's o= line to ours: the initial version the first time, the same version when the rest
    /// of the description is unchanged since the last one, otherwise the next version.
    /// </summary>
    public SdpOrigin Stamp(SessionDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        lock (_lock)
        {
            description.Origin = Initial;
            var content = SdpSerializer.Serialize(description);
            var origin = _last is null ? Initial
                : content == _lastContent ? _last
                : _last.WithNextVersion();
            description.Origin = origin;
            _last = origin;
            _lastContent = content;
            return origin;
        }
    }
}
