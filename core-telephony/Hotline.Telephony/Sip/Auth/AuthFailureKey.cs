using System.Net;

namespace Hotline.Telephony.Sip.Auth;

/// <summary>What authentication failures are counted against: the peer's address and port plus the user name it tried.</summary>
/// <remarks>The port is part of the key because many peers share an address (NAT, and every test peer on 127.0.0.1).</remarks>
public readonly record struct AuthFailureKey(IPEndPoint EndPoint, string UserName)
{
    /// <inheritdoc />
    public override string ToString() => $"{UserName}@{EndPoint}";
}
