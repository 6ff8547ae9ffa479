using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>A parsed request line or status line, or the reason it was rejected.</summary>
internal readonly record struct StartLine(
    bool IsRequest,
    string? Method,
    AddressUri? RequestUri,
    int StatusCode,
    string? ReasonPhrase,
    string Version,
    SipParseErrorKind? ErrorKind,
    string? ErrorDescription);
