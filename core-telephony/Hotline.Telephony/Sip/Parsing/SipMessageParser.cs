using System.Text;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>Parses one SIP message from a buffer (a UDP datagram or a frame cut by <see cref="SipStreamFramer"/>); never throws on bad input.</summary>
public static class SipMessageParser
{
    /// <summary>Parses <paramref name="data"/>; the result holds the message or the error and what to answer.</summary>
    public static SipParseResult Parse(ReadOnlySpan<byte> data, SipParserOptions? options = null)
    {
        try
        {
            return ParseCore(data, options ?? SipParserOptions.Datagram);
        }
#pragma warning disable CA1031 // A network parser must not let a fault in one datagram take the transport down.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var looksLikeResponse = data.TrimStart("\r\n"u8).StartsWith("SIP/"u8);
            return Fail(SipParseErrorKind.StartLine, !looksLikeResponse, $"unparseable message ({exception.GetType().Name})", null, null, []);
        }
    }

    private static SipParseResult ParseCore(ReadOnlySpan<byte> data, SipParserOptions options)
    {
        var position = 0;
        // RFC 3261 §7.5: CRLFs before the start line are ignored; only CRLFs is a keep-alive.
        while (position < data.Length && data[position] is (byte)'\r' or (byte)'\n')
        {
            position++;
        }

        if (position == data.Length)
        {
            return SipParseResult.KeepAlive;
        }

        var newline = data[position..].IndexOf((byte)'\n');
        if (newline < 0)
        {
            var looksLikeResponse = data[position..].StartsWith("SIP/"u8);
            return Fail(SipParseErrorKind.Truncated, !looksLikeResponse, "the message ends inside the start line", null, null, []);
        }

        var lineEnd = position + newline;
        var startLineText = Encoding.UTF8.GetString(data[position..(lineEnd > position && data[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd)]);
        var startLine = StartLineParser.Parse(startLineText);
        position = lineEnd + 1;

        var headers = new SipHeaderCollection(16);
        var headerLineError = HeaderSectionReader.Read(data, ref position, headers, out _);
        var context = CollectContext(headers);

        if (startLine.ErrorKind is { } startError)
        {
            return Fail(startError, startLine.IsRequest, startLine.ErrorDescription!, null, startLineText, context);
        }

        if (headerLineError is not null)
        {
            return Fail(SipParseErrorKind.HeaderLine, startLine.IsRequest, headerLineError, null, null, context);
        }

        if (headers.Count > options.MaxHeaderCount)
        {
            return Fail(SipParseErrorKind.TooLarge, startLine.IsRequest, $"{headers.Count} header fields exceed the limit of {options.MaxHeaderCount}", null, null, context);
        }

        var validator = new CoreHeaderValidator();
        try
        {
            if (validator.Validate(headers) is { } problem)
            {
                return Fail(problem.Kind, startLine.IsRequest, problem.Description, problem.HeaderName, headers.GetFirst(problem.HeaderName), context);
            }
        }
        catch (SipFormatException exception)
        {
            return Fail(SipParseErrorKind.HeaderValue, startLine.IsRequest, exception.Message, exception.HeaderName, exception.Value, context);
        }

        if (startLine.IsRequest && !string.Equals(validator.CSeq!.Method, startLine.Method, StringComparison.Ordinal))
        {
            return Fail(SipParseErrorKind.CSeqMismatch, true, $"CSeq method '{validator.CSeq.Method}' does not match the request method '{startLine.Method}'", SipHeaderNames.CSeq, validator.CSeq.ToString(), context);
        }

        var available = data.Length - position;
        int bodyLength;
        if (validator.ContentLength is { } declared)
        {
            if (declared > available)
            {
                return Fail(SipParseErrorKind.ContentLength, startLine.IsRequest, $"Content-Length {declared} exceeds the {available} body octets received", SipHeaderNames.ContentLength, headers.GetFirst(SipHeaderNames.ContentLength), context);
            }

            // On UDP, octets after Content-Length are discarded (RFC 3261 §18.3).
            bodyLength = declared;
        }
        else if (options.IsStream)
        {
            return Fail(SipParseErrorKind.MissingHeader, startLine.IsRequest, "Content-Length is required on stream transports", SipHeaderNames.ContentLength, null, context);
        }
        else
        {
            bodyLength = available;
        }

        SipMessage message = startLine.IsRequest
            ? new SipRequest(startLine.Method!, startLine.RequestUri!, startLine.Version, headers)
            : new SipResponse(startLine.StatusCode, startLine.ReasonPhrase!, startLine.Version, headers);
        if (bodyLength > 0)
        {
            message.Body = data.Slice(position, bodyLength).ToArray();
        }

        validator.CopyTo(message);
        return SipParseResult.Success(message);
    }

    private static List<SipHeader> CollectContext(SipHeaderCollection headers)
    {
        var context = new List<SipHeader>(6);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers.CanonicalNameAt(i);
            if (name is SipHeaderNames.Via or SipHeaderNames.From or SipHeaderNames.To or SipHeaderNames.CallId or SipHeaderNames.CSeq)
            {
                context.Add(headers[i]);
            }
        }

        return context;
    }

    private static SipParseResult Fail(SipParseErrorKind kind, bool isRequest, string description, string? headerName, string? value, IReadOnlyList<SipHeader> context)
    {
        // Faulty responses are discarded (RFC 3261 §18.1.2 and RFC 4475 §3.1.2.5).
        var status = !isRequest ? 0 : kind == SipParseErrorKind.UnsupportedVersion ? 505 : 400;
        return SipParseResult.Failure(new SipParseError(kind, isRequest, status, description, headerName, value, context));
    }
}
