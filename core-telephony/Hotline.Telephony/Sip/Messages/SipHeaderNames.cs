using System.Collections.Frozen;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>Canonical header names, their compact forms (RFC 3261 §7.3.3 and extensions) and which carry comma lists.</summary>
public static class SipHeaderNames
{
    /// <summary>Accept.</summary>
    public const string Accept = "Accept";
    /// <summary>Allow.</summary>
    public const string Allow = "Allow";
    /// <summary>Allow-Events (compact u).</summary>
    public const string AllowEvents = "Allow-Events";
    /// <summary>Authorization.</summary>
    public const string Authorization = "Authorization";
    /// <summary>Call-ID (compact i).</summary>
    public const string CallId = "Call-ID";
    /// <summary>Contact (compact m).</summary>
    public const string Contact = "Contact";
    /// <summary>Content-Encoding (compact e).</summary>
    public const string ContentEncoding = "Content-Encoding";
    /// <summary>Content-Length (compact l).</summary>
    public const string ContentLength = "Content-Length";
    /// <summary>Content-Type (compact c).</summary>
    public const string ContentType = "Content-Type";
    /// <summary>CSeq.</summary>
    public const string CSeq = "CSeq";
    /// <summary>Date.</summary>
    public const string Date = "Date";
    /// <summary>Event (compact o).</summary>
    public const string Event = "Event";
    /// <summary>Expires.</summary>
    public const string Expires = "Expires";
    /// <summary>From (compact f).</summary>
    public const string From = "From";
    /// <summary>Max-Forwards.</summary>
    public const string MaxForwards = "Max-Forwards";
    /// <summary>Min-Expires.</summary>
    public const string MinExpires = "Min-Expires";
    /// <summary>P-Asserted-Identity (RFC 3325).</summary>
    public const string PAssertedIdentity = "P-Asserted-Identity";
    /// <summary>Proxy-Authenticate.</summary>
    public const string ProxyAuthenticate = "Proxy-Authenticate";
    /// <summary>Proxy-Authorization.</summary>
    public const string ProxyAuthorization = "Proxy-Authorization";
    /// <summary>Proxy-Require.</summary>
    public const string ProxyRequire = "Proxy-Require";
    /// <summary>Record-Route.</summary>
    public const string RecordRoute = "Record-Route";
    /// <summary>Refer-To (compact r).</summary>
    public const string ReferTo = "Refer-To";
    /// <summary>Referred-By (compact b).</summary>
    public const string ReferredBy = "Referred-By";
    /// <summary>Replaces (RFC 3891).</summary>
    public const string Replaces = "Replaces";
    /// <summary>Require.</summary>
    public const string Require = "Require";
    /// <summary>Route.</summary>
    public const string Route = "Route";
    /// <summary>Subject (compact s).</summary>
    public const string Subject = "Subject";
    /// <summary>Supported (compact k).</summary>
    public const string Supported = "Supported";
    /// <summary>Timestamp.</summary>
    public const string Timestamp = "Timestamp";
    /// <summary>To (compact t).</summary>
    public const string To = "To";
    /// <summary>Unsupported.</summary>
    public const string Unsupported = "Unsupported";
    /// <summary>User-Agent.</summary>
    public const string UserAgent = "User-Agent";
    /// <summary>Via (compact v).</summary>
    public const string Via = "Via";
    /// <summary>WWW-Authenticate.</summary>
    public const string WwwAuthenticate = "WWW-Authenticate";

    private static readonly FrozenDictionary<string, string> _compact = new Dictionary<string, string>
    {
        ["i"] = CallId, ["m"] = Contact, ["e"] = ContentEncoding, ["l"] = ContentLength, ["c"] = ContentType,
        ["f"] = From, ["s"] = Subject, ["k"] = Supported, ["t"] = To, ["v"] = Via, ["o"] = Event,
        ["u"] = AllowEvents, ["r"] = ReferTo, ["b"] = ReferredBy, ["x"] = "Session-Expires", ["y"] = "Identity",
        ["a"] = "Accept-Contact", ["j"] = "Reject-Contact", ["d"] = "Request-Disposition", ["n"] = "Identity-Info",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, char> _compactOf =
        _compact.Where(pair => pair.Key is not ("y" or "n")).ToFrozenDictionary(pair => pair.Value, pair => pair.Key[0], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> _canonical = new[]
    {
        Accept, "Accept-Encoding", "Accept-Language", "Alert-Info", Allow, AllowEvents, "Authentication-Info", Authorization,
        CallId, "Call-Info", Contact, "Content-Disposition", ContentEncoding, "Content-Language", ContentLength, ContentType,
        CSeq, Date, "Error-Info", Event, Expires, From, "In-Reply-To", MaxForwards, "MIME-Version", MinExpires,
        "Organization", PAssertedIdentity, "P-Preferred-Identity", "Path", "Priority", ProxyAuthenticate, ProxyAuthorization,
        ProxyRequire, "RAck", "Reason", RecordRoute, ReferTo, ReferredBy, Replaces, "Reply-To", Require, "Retry-After", Route,
        "RSeq", "Server", "Service-Route", "Session-Expires", "Min-SE", Subject, "Subscription-State", Supported, Timestamp, To,
        Unsupported, UserAgent, Via, "Warning", WwwAuthenticate, "Identity", "Accept-Contact", "Reject-Contact",
        "Request-Disposition", "Identity-Info",
    }.ToFrozenDictionary(name => name, StringComparer.OrdinalIgnoreCase);

    // Exact spellings seen on the wire, so the parser can reuse these strings instead of allocating.
    private static readonly FrozenDictionary<string, string> _interned =
        _canonical.Values.Concat(_compact.Keys).Concat(["Call-Id", "Cseq", "Www-Authenticate"]).Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(name => name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _internedLookup =
        _interned.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> _listHeaders = new[]
    {
        Accept, "Accept-Encoding", "Accept-Language", "Alert-Info", Allow, AllowEvents, "Call-Info", Contact, ContentEncoding,
        "Content-Language", "Error-Info", "In-Reply-To", PAssertedIdentity, "P-Preferred-Identity", "Path", ProxyRequire,
        "Reason", RecordRoute, Require, Route, "Service-Route", Supported, Unsupported, Via, "Warning",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> _singleValue = new[]
    {
        CallId, ContentLength, ContentType, CSeq, Expires, From, MaxForwards, MinExpires, To, ReferTo, Replaces, Event,
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The full canonical name for a compact or differently-cased name; unknown names are returned as given.</summary>
    public static string Canonicalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 1 && _compact.TryGetValue(name, out var full))
        {
            return full;
        }

        return _canonical.TryGetValue(name, out var canonical) ? canonical : name;
    }

    /// <summary>The compact form of a header, if it has one.</summary>
    public static char? CompactFormOf(string name) => _compactOf.TryGetValue(Canonicalize(name), out var c) ? c : null;

    /// <summary>Whether the header's grammar is a comma-separated list (so one line may hold several values).</summary>
    public static bool IsList(string name) => _listHeaders.Contains(Canonicalize(name));

    /// <summary>Whether the header may appear at most once in a message.</summary>
    public static bool IsSingleValue(string name) => _singleValue.Contains(Canonicalize(name));

    /// <summary>Whether two names denote the same header (compact forms and case folded).</summary>
    public static bool AreSame(string a, string b) =>
        string.Equals(Canonicalize(a), Canonicalize(b), StringComparison.OrdinalIgnoreCase);

    internal static string Intern(ReadOnlySpan<char> name) =>
        _internedLookup.TryGetValue(name, out var interned) ? interned : name.ToString();
}
