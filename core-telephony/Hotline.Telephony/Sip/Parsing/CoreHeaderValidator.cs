using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>
/// Parses the headers a transaction layer relies on, in the order they appear, so the first fault found is the one reported;
/// the typed values are handed to the message so they are not parsed twice.
/// </summary>
internal sealed class CoreHeaderValidator
{
    private readonly List<ViaHeader> _vias = new(2);
    private readonly List<ContactHeader> _contacts = [];
    private readonly List<NameAddress> _routes = [];
    private readonly List<NameAddress> _recordRoutes = [];
    private readonly HashSet<string> _seenSingle = new(StringComparer.OrdinalIgnoreCase);
    private NameAddress? _from;
    private NameAddress? _to;
    private string? _callId;
    private CSeqHeader? _cseq;
    private int? _maxForwards;
    private int? _contentLength;
    private MediaType? _contentType;
    private uint? _expires;

    public CSeqHeader? CSeq => _cseq;

    public int? ContentLength => _contentLength;

    /// <summary>Validates every header; throws <see cref="SipFormatException"/> or returns a duplicate/missing-header description.</summary>
    public (SipParseErrorKind Kind, string Description, string HeaderName)? Validate(SipHeaderCollection headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers.CanonicalNameAt(i);
            var value = headers[i].Value;
            if (SipHeaderNames.IsSingleValue(name) && !_seenSingle.Add(name))
            {
                return (SipParseErrorKind.DuplicateHeader, $"{name} appears more than once but allows a single value", name);
            }

            switch (name)
            {
                case SipHeaderNames.Via:
                    HeaderParsers.AddVias(value, name, _vias);
                    break;
                case SipHeaderNames.From:
                    _from = NameAddressParser.Parse(value, name);
                    break;
                case SipHeaderNames.To:
                    _to = NameAddressParser.Parse(value, name);
                    break;
                case SipHeaderNames.CallId:
                    _callId = HeaderParsers.ParseCallId(value, name);
                    break;
                case SipHeaderNames.CSeq:
                    _cseq = HeaderParsers.ParseCSeq(value, name);
                    break;
                case SipHeaderNames.MaxForwards:
                    _maxForwards = HeaderParsers.ParseMaxForwards(value, name);
                    break;
                case SipHeaderNames.ContentLength:
                    _contentLength = HeaderParsers.ParseContentLength(value, name);
                    break;
                case SipHeaderNames.ContentType:
                    _contentType = HeaderParsers.ParseMediaType(value, name);
                    break;
                case SipHeaderNames.Expires:
                    _expires = HeaderParsers.ParseUInt32(value, name);
                    break;
                case SipHeaderNames.Contact:
                    HeaderParsers.AddContacts(value, name, _contacts);
                    break;
                case SipHeaderNames.Route:
                    HeaderParsers.AddAddresses(value, name, _routes);
                    break;
                case SipHeaderNames.RecordRoute:
                    HeaderParsers.AddAddresses(value, name, _recordRoutes);
                    break;
            }
        }

        foreach (var required in (ReadOnlySpan<string>)[SipHeaderNames.To, SipHeaderNames.From, SipHeaderNames.CallId, SipHeaderNames.CSeq])
        {
            if (!_seenSingle.Contains(required))
            {
                return (SipParseErrorKind.MissingHeader, $"required header {required} is missing", required);
            }
        }

        if (_vias.Count == 0)
        {
            return (SipParseErrorKind.MissingHeader, "required header Via is missing", SipHeaderNames.Via);
        }

        return null;
    }

    public void CopyTo(SipMessage message)
    {
        message.SetParsed(HeaderSlot.Vias, _vias);
        message.SetParsed(HeaderSlot.From, _from);
        message.SetParsed(HeaderSlot.To, _to);
        message.SetParsed(HeaderSlot.CallId, _callId);
        message.SetParsed(HeaderSlot.CSeq, _cseq);
        message.SetParsed(HeaderSlot.MaxForwards, _maxForwards);
        message.SetParsed(HeaderSlot.ContentLength, _contentLength);
        message.SetParsed(HeaderSlot.ContentType, _contentType);
        message.SetParsed(HeaderSlot.Expires, _expires);
        message.SetParsed(HeaderSlot.Contacts, _contacts);
        message.SetParsed(HeaderSlot.Routes, _routes);
        message.SetParsed(HeaderSlot.RecordRoutes, _recordRoutes);
    }
}
