using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Why a message was rejected, what to answer (if anything) and the headers needed to answer it.</summary>
public sealed class SipParseError
{
    internal SipParseError(SipParseErrorKind kind, bool isRequest, int statusCode, string description, string? headerName, string? value, IReadOnlyList<SipHeader> responseContext)
    {
        Kind = kind;
        IsRequest = isRequest;
        StatusCode = statusCode;
        Description = description;
        HeaderName = headerName;
        Value = value;
        ResponseContext = responseContext;
    }

    /// <summary>What kind of problem was found.</summary>
    public SipParseErrorKind Kind { get; }

    /// <summary>Whether the start line looked like a request (responses with errors are silently discarded).</summary>
    public bool IsRequest { get; }

    /// <summary>The status to answer with (400, 505, ...), or 0 when the message must be dropped silently.</summary>
    public int StatusCode { get; }

    /// <summary>Whether an error response should be sent.</summary>
    public bool ShouldRespond => StatusCode != 0;

    /// <summary>A human-readable explanation naming the header and value at fault.</summary>
    public string Description { get; }

    /// <summary>The canonical name of the header at fault, when the fault is in a header.</summary>
    public string? HeaderName { get; }

    /// <summary>The offending value, when known.</summary>
    public string? Value { get; }

    /// <summary>The raw Via, From, To, Call-ID and CSeq fields that were found, to build the error response.</summary>
    public IReadOnlyList<SipHeader> ResponseContext { get; }

    /// <summary>
    /// Builds the error response (RFC 3261 §8.2.6) from <see cref="ResponseContext"/>, or null when the message is
    /// to be dropped or has no Via to send the response along.
    /// </summary>
    public SipResponse? CreateResponse(string? toTag = null)
    {
        if (!ShouldRespond || !ResponseContext.Any(h => SipHeaderNames.AreSame(h.Name, SipHeaderNames.Via)))
        {
            return null;
        }

        var response = new SipResponse(StatusCode, SipReasonPhrases.For(StatusCode));
        foreach (var header in ResponseContext)
        {
            var name = SipHeaderNames.Canonicalize(header.Name);
            var value = header.Value;
            if (name == SipHeaderNames.To && !HasTag(value))
            {
                value += ";tag=" + (toTag ?? SipIdentifiers.NewTag());
            }

            response.Headers.Add(name, value);
        }

        return response;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{(StatusCode == 0 ? "drop" : StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {Description}";

    private static bool HasTag(string toValue)
    {
        try
        {
            return NameAddress.Parse(toValue).Tag is not null;
        }
        catch (SipFormatException)
        {
            return toValue.Contains(";tag=", StringComparison.OrdinalIgnoreCase);
        }
    }
}
