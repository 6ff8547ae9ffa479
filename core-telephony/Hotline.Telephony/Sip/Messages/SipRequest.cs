using System.Text;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>A SIP request: method, Request-URI and version, plus headers and body.</summary>
public sealed class SipRequest : SipMessage
{
    /// <summary>Creates a request with no headers.</summary>
    public SipRequest(string method, AddressUri requestUri)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(requestUri);
        Method = method;
        RequestUri = requestUri;
    }

    internal SipRequest(string method, AddressUri requestUri, string version, SipHeaderCollection headers)
        : base(headers)
    {
        Method = method;
        RequestUri = requestUri;
        Version = version;
    }

    /// <summary>The method (case-sensitive, e.g. INVITE).</summary>
    public string Method { get; set; }

    /// <summary>The Request-URI (a <see cref="OpaqueUri"/> for schemes the element should answer 416 to).</summary>
    public AddressUri RequestUri { get; set; }

    /// <inheritdoc/>
    public override bool IsRequest => true;

    /// <summary>Whether this is <paramref name="method"/> (methods are case-sensitive).</summary>
    public bool Is(string method) => string.Equals(Method, method, StringComparison.Ordinal);

    /// <summary>The request line without CRLF.</summary>
    public string StartLine => new StringBuilder(Method).Append(' ').Append(RequestUri).Append(' ').Append(Version).ToString();
}
