using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>A SIP request or response: start line, ordered headers with typed views, and a body of bytes.</summary>
public abstract class SipMessage
{
    /// <summary>The only version this stack speaks.</summary>
    public const string SipVersion2 = "SIP/2.0";

    private static readonly object _absent = new();
    private readonly object?[] _cache = new object?[(int)HeaderSlot.Count];
    private int _cacheVersion;

    /// <summary>Creates an empty message.</summary>
    protected SipMessage()
        : this(new SipHeaderCollection())
    {
    }

    private protected SipMessage(SipHeaderCollection headers)
    {
        Headers = headers;
        _cacheVersion = headers.Version;
    }

    /// <summary>The protocol version of the start line.</summary>
    public string Version { get; set; } = SipVersion2;

    /// <summary>The header fields in order.</summary>
    public SipHeaderCollection Headers { get; }

    /// <summary>The body octets (may be empty).</summary>
    public ReadOnlyMemory<byte> Body { get; set; } = ReadOnlyMemory<byte>.Empty;

    /// <summary>Whether this is a request.</summary>
    public abstract bool IsRequest { get; }

    /// <summary>All Via values, topmost first, across all Via lines.</summary>
    public IReadOnlyList<ViaHeader> Vias => Get(HeaderSlot.Vias, static m => m.ParseList<ViaHeader>(SipHeaderNames.Via, HeaderParsers.AddVias));

    /// <summary>The topmost Via, or null.</summary>
    public ViaHeader? TopVia => Vias.Count > 0 ? Vias[0] : null;

    /// <summary>The From address.</summary>
    public NameAddress? From => Get(HeaderSlot.From, static m => m.ParseSingle(SipHeaderNames.From, NameAddressParser.Parse));

    /// <summary>The To address.</summary>
    public NameAddress? To => Get(HeaderSlot.To, static m => m.ParseSingle(SipHeaderNames.To, NameAddressParser.Parse));

    /// <summary>The Call-ID.</summary>
    public string? CallId => Get(HeaderSlot.CallId, static m => m.ParseSingle(SipHeaderNames.CallId, HeaderParsers.ParseCallId));

    /// <summary>The CSeq.</summary>
    public CSeqHeader? CSeq => Get(HeaderSlot.CSeq, static m => m.ParseSingle(SipHeaderNames.CSeq, HeaderParsers.ParseCSeq));

    /// <summary>Max-Forwards (0-255), or null when absent.</summary>
    public int? MaxForwards => Get(HeaderSlot.MaxForwards, static m => m.ParseScalar(SipHeaderNames.MaxForwards, HeaderParsers.ParseMaxForwards));

    /// <summary>The Content-Length header as received, or null when absent (the serializer always writes the real length).</summary>
    public int? ContentLength => Get(HeaderSlot.ContentLength, static m => m.ParseScalar(SipHeaderNames.ContentLength, HeaderParsers.ParseContentLength));

    /// <summary>The Content-Type, or null.</summary>
    public MediaType? ContentType => Get(HeaderSlot.ContentType, static m => m.ParseSingle(SipHeaderNames.ContentType, HeaderParsers.ParseMediaType));

    /// <summary>The Expires header in seconds, or null.</summary>
    public uint? Expires => Get(HeaderSlot.Expires, static m => m.ParseScalar(SipHeaderNames.Expires, HeaderParsers.ParseUInt32));

    /// <summary>All Contact values (a single wildcard entry for "Contact: *").</summary>
    public IReadOnlyList<ContactHeader> Contacts => Get(HeaderSlot.Contacts, static m => m.ParseList<ContactHeader>(SipHeaderNames.Contact, HeaderParsers.AddContacts));

    /// <summary>The Route set, in order.</summary>
    public IReadOnlyList<NameAddress> Routes => Get(HeaderSlot.Routes, static m => m.ParseList<NameAddress>(SipHeaderNames.Route, HeaderParsers.AddAddresses));

    /// <summary>The Record-Route set, in order.</summary>
    public IReadOnlyList<NameAddress> RecordRoutes => Get(HeaderSlot.RecordRoutes, static m => m.ParseList<NameAddress>(SipHeaderNames.RecordRoute, HeaderParsers.AddAddresses));

    /// <summary>P-Asserted-Identity values (RFC 3325).</summary>
    public IReadOnlyList<NameAddress> PAssertedIdentities => Get(HeaderSlot.PAssertedIdentities, static m => m.ParseList<NameAddress>(SipHeaderNames.PAssertedIdentity, HeaderParsers.AddAddresses));

    /// <summary>The Refer-To address (RFC 3515).</summary>
    public NameAddress? ReferTo => Get(HeaderSlot.ReferTo, static m => m.ParseSingle(SipHeaderNames.ReferTo, NameAddressParser.Parse));

    /// <summary>The Replaces header (RFC 3891).</summary>
    public ReplacesHeader? Replaces => Get(HeaderSlot.Replaces, static m => m.ParseSingle(SipHeaderNames.Replaces, HeaderParsers.ParseReplaces));

    /// <summary>The Event header (RFC 6665).</summary>
    public EventHeader? Event => Get(HeaderSlot.Event, static m => m.ParseSingle(SipHeaderNames.Event, HeaderParsers.ParseEvent));

    /// <summary>Option tags of Require.</summary>
    public IReadOnlyList<string> Require => HeaderParsers.ParseTokenList(Headers.GetAll(SipHeaderNames.Require));

    /// <summary>Option tags of Proxy-Require.</summary>
    public IReadOnlyList<string> ProxyRequire => HeaderParsers.ParseTokenList(Headers.GetAll(SipHeaderNames.ProxyRequire));

    /// <summary>Option tags of Supported.</summary>
    public IReadOnlyList<string> Supported => HeaderParsers.ParseTokenList(Headers.GetAll(SipHeaderNames.Supported));

    /// <summary>Option tags of Unsupported.</summary>
    public IReadOnlyList<string> Unsupported => HeaderParsers.ParseTokenList(Headers.GetAll(SipHeaderNames.Unsupported));

    /// <summary>Methods of Allow.</summary>
    public IReadOnlyList<string> Allow => HeaderParsers.ParseTokenList(Headers.GetAll(SipHeaderNames.Allow));

    /// <summary>Media ranges of Accept, as written.</summary>
    public IReadOnlyList<string> Accept => HeaderParsers.ParseTokenList(Headers.GetAll(SipHeaderNames.Accept));

    /// <summary>Authorization credentials, one per line.</summary>
    public IReadOnlyList<AuthenticationHeader> Authorizations => ParseAuthentication(SipHeaderNames.Authorization);

    /// <summary>Proxy-Authorization credentials, one per line.</summary>
    public IReadOnlyList<AuthenticationHeader> ProxyAuthorizations => ParseAuthentication(SipHeaderNames.ProxyAuthorization);

    /// <summary>WWW-Authenticate challenges, one per line.</summary>
    public IReadOnlyList<AuthenticationHeader> WwwAuthenticates => ParseAuthentication(SipHeaderNames.WwwAuthenticate);

    /// <summary>Proxy-Authenticate challenges, one per line.</summary>
    public IReadOnlyList<AuthenticationHeader> ProxyAuthenticates => ParseAuthentication(SipHeaderNames.ProxyAuthenticate);

    /// <summary>Inserts <paramref name="via"/> as the new topmost Via.</summary>
    public void AddTopVia(ViaHeader via)
    {
        ArgumentNullException.ThrowIfNull(via);
        var index = Headers.IndexOf(SipHeaderNames.Via);
        Headers.Insert(index < 0 ? 0 : index, SipHeaderNames.Via, via.ToString());
    }

    /// <summary>Removes the topmost Via (splitting a comma-joined line if needed); returns false when there is none.</summary>
    public bool RemoveTopVia()
    {
        var index = Headers.IndexOf(SipHeaderNames.Via);
        if (index < 0)
        {
            return false;
        }

        var elements = HeaderListSplitter.Split(Headers[index].Value);
        if (elements.Count <= 1)
        {
            Headers.RemoveAt(index);
        }
        else
        {
            Headers.SetAt(index, string.Join(", ", elements.Skip(1)));
        }

        return true;
    }

    /// <summary>Replaces the topmost Via, e.g. after adding received/rport on arrival.</summary>
    public void ReplaceTopVia(ViaHeader via)
    {
        ArgumentNullException.ThrowIfNull(via);
        RemoveTopVia();
        AddTopVia(via);
    }

    /// <summary>The message as text (UTF-8 body decoded), for logs and tests.</summary>
    public override string ToString() => SipMessageSerializer.ToText(this);

    internal void SetParsed(HeaderSlot slot, object? value)
    {
        EnsureCacheCurrent();
        _cache[(int)slot] = value ?? _absent;
    }

    private T Get<T>(HeaderSlot slot, Func<SipMessage, T> parse)
    {
        EnsureCacheCurrent();
        var cached = _cache[(int)slot];
        if (cached is null)
        {
            var value = parse(this);
            _cache[(int)slot] = (object?)value ?? _absent;
            return value;
        }

        return ReferenceEquals(cached, _absent) ? default! : (T)cached;
    }

    private void EnsureCacheCurrent()
    {
        if (_cacheVersion != Headers.Version)
        {
            Array.Clear(_cache);
            _cacheVersion = Headers.Version;
        }
    }

    private T? ParseSingle<T>(string name, Func<string, string, T> parse)
        where T : class
    {
        var value = Headers.GetFirst(name);
        return value is null ? null : parse(value, name);
    }

    private T? ParseScalar<T>(string name, Func<string, string, T> parse)
        where T : struct
    {
        var value = Headers.GetFirst(name);
        return value is null ? null : parse(value, name);
    }

    private List<T> ParseList<T>(string name, Action<string, string, List<T>> add)
    {
        var result = new List<T>();
        foreach (var value in Headers.GetAll(name))
        {
            add(value, name, result);
        }

        return result;
    }

    private List<AuthenticationHeader> ParseAuthentication(string name)
    {
        var result = new List<AuthenticationHeader>();
        foreach (var value in Headers.GetAll(name))
        {
            result.Add(HeaderParsers.ParseAuthentication(value, name));
        }

        return result;
    }
}
