using System.Globalization;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>A SIP response: status code and reason phrase, plus headers and body.</summary>
public sealed class SipResponse : SipMessage
{
    /// <summary>Creates a response with no headers; the reason defaults to the standard phrase.</summary>
    public SipResponse(int statusCode, string? reasonPhrase = null)
    {
        if (statusCode is < 100 or > 699)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A SIP status code is 100-699.");
        }

        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase ?? SipReasonPhrases.For(statusCode);
    }

    internal SipResponse(int statusCode, string reasonPhrase, string version, SipHeaderCollection headers)
        : base(headers)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Version = version;
    }

    /// <summary>The status code (100-699).</summary>
    public int StatusCode { get; }

    /// <summary>The reason phrase (may be empty).</summary>
    public string ReasonPhrase { get; set; }

    /// <inheritdoc/>
    public override bool IsRequest => false;

    /// <summary>Whether the response is provisional (1xx).</summary>
    public bool IsProvisional => StatusCode < 200;

    /// <summary>Whether the response is final (2xx-6xx).</summary>
    public bool IsFinal => StatusCode >= 200;

    /// <summary>Whether the response is a 2xx.</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>The status line without CRLF.</summary>
    public string StartLine => Version + " " + StatusCode.ToString(CultureInfo.InvariantCulture) + " " + ReasonPhrase;

    /// <summary>
    /// Builds a response to <paramref name="request"/> per RFC 3261 §8.2.6: Via, From, To, Call-ID and CSeq copied;
    /// a To-tag added to anything but 100 when the request had none (<paramref name="toTag"/> or a new random one).
    /// </summary>
    public static SipResponse CreateFor(SipRequest request, int statusCode, string? reason = null, string? toTag = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = new SipResponse(statusCode, reason);
        var headers = request.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers.CanonicalNameAt(i);
            if (string.Equals(name, SipHeaderNames.Via, StringComparison.OrdinalIgnoreCase))
            {
                response.Headers.Add(SipHeaderNames.Via, headers[i].Value);
            }
        }

        CopyFirst(headers, response.Headers, SipHeaderNames.From);
        if (headers.GetFirst(SipHeaderNames.To) is { } to)
        {
            var hasTag = request.To?.Tag is not null;
            response.Headers.Add(SipHeaderNames.To, hasTag || statusCode == 100 ? to : to + ";tag=" + (toTag ?? SipIdentifiers.NewTag()));
        }

        CopyFirst(headers, response.Headers, SipHeaderNames.CallId);
        CopyFirst(headers, response.Headers, SipHeaderNames.CSeq);
        if (statusCode == 100)
        {
            // RFC 3261 §8.2.6.1: a 100 echoes Timestamp so the client can measure round-trip time.
            CopyFirst(headers, response.Headers, SipHeaderNames.Timestamp);
        }

        return response;
    }

    private static void CopyFirst(SipHeaderCollection from, SipHeaderCollection to, string name)
    {
        if (from.GetFirst(name) is { } value)
        {
            to.Add(name, value);
        }
    }
}
