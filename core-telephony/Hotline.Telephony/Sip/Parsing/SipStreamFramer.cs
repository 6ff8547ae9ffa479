using System.Globalization;
using System.Text;

namespace Hotline.Telephony.Sip.Parsing;

/// <summary>
/// Cuts SIP messages out of a byte stream (TCP/TLS) by Content-Length (mandatory there, RFC 3261 §18.3), skipping
/// CRLF keep-alives; buffers what has been received and reports a framing error once limits are broken.
/// </summary>
public sealed class SipStreamFramer
{
    private byte[] _buffer = new byte[4096];
    private int _start;
    private int _end;
    private string? _error;

    /// <summary>Creates a framer with the given limits.</summary>
    public SipStreamFramer(SipFramerOptions? options = null)
    {
        Options = options ?? SipFramerOptions.Default;
    }

    /// <summary>The limits in force.</summary>
    public SipFramerOptions Options { get; }

    /// <summary>Octets received but not yet consumed.</summary>
    public int BufferedBytes => _end - _start;

    /// <summary>Adds received octets.</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        if (_error is not null || data.IsEmpty)
        {
            return;
        }

        if (_end + data.Length > _buffer.Length)
        {
            var needed = _end - _start + data.Length;
            var target = needed <= _buffer.Length ? _buffer : new byte[Math.Max(needed, _buffer.Length * 2)];
            Buffer.BlockCopy(_buffer, _start, target, 0, _end - _start);
            _buffer = target;
            _end -= _start;
            _start = 0;
        }

        data.CopyTo(_buffer.AsSpan(_end));
        _end += data.Length;
    }

    /// <summary>Reads the next item; call repeatedly until it returns <see cref="SipFrameStatus.NeedMoreData"/> or an error.</summary>
    public SipFrameResult Read()
    {
        if (_error is not null)
        {
            return new SipFrameResult(SipFrameStatus.Error, null, _error);
        }

        var frame = FindFrame(_buffer.AsSpan(_start, _end - _start), Options);
        switch (frame.Status)
        {
            case SipFrameStatus.Message:
                var parsed = SipMessageParser.Parse(_buffer.AsSpan(_start + frame.Offset, frame.Length), Options.ParserOptions);
                Consume(frame.Consumed);
                return new SipFrameResult(SipFrameStatus.Message, parsed, null);
            case SipFrameStatus.Error:
                _error = frame.Error;
                return new SipFrameResult(SipFrameStatus.Error, null, _error);
            default:
                Consume(frame.Consumed);
                return new SipFrameResult(frame.Status, null, null);
        }
    }

    /// <summary>Finds the next item at the start of <paramref name="buffer"/> without consuming anything.</summary>
    public static SipFrame FindFrame(ReadOnlySpan<byte> buffer, SipFramerOptions? options = null)
    {
        options ??= SipFramerOptions.Default;
        var position = 0;
        while (position < buffer.Length && buffer[position] is (byte)'\r' or (byte)'\n')
        {
            var rest = buffer[position..];
            if (rest.StartsWith("\r\n\r\n"u8))
            {
                return new SipFrame(SipFrameStatus.KeepAlive, position, 4, position + 4, null);
            }

            if ("\r\n\r\n"u8.StartsWith(rest))
            {
                // Could be the start of a ping: wait rather than mistake it for a lone CRLF pong.
                return new SipFrame(SipFrameStatus.NeedMoreData, position, 0, position, null);
            }

            // A lone CRLF (a pong, or padding before a message) carries nothing.
            position += rest.StartsWith("\r\n"u8) ? 2 : 1;
        }

        var headerEnd = buffer[position..].IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            return buffer.Length - position > options.MaxHeaderBytes
                ? Fail($"header section exceeds {options.MaxHeaderBytes} octets without ending")
                : new SipFrame(SipFrameStatus.NeedMoreData, position, 0, position, null);
        }

        var headerLength = headerEnd + 4;
        if (headerLength > options.MaxHeaderBytes)
        {
            return Fail($"header section of {headerLength} octets exceeds {options.MaxHeaderBytes}");
        }

        var lengthError = ReadContentLength(buffer.Slice(position, headerEnd), options, out var contentLength);
        if (lengthError is not null)
        {
            return Fail(lengthError);
        }

        var total = headerLength + contentLength;
        return buffer.Length - position < total
            ? new SipFrame(SipFrameStatus.NeedMoreData, position, 0, position, null)
            : new SipFrame(SipFrameStatus.Message, position, total, position + total, null);
    }

    private static string? ReadContentLength(ReadOnlySpan<byte> head, SipFramerOptions options, out int contentLength)
    {
        contentLength = 0;
        string? value = null;
        var count = 0;
        while (!head.IsEmpty)
        {
            var newline = head.IndexOf((byte)'\n');
            var line = newline < 0 ? head : head[..newline];
            head = newline < 0 ? default : head[(newline + 1)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0 || line[0] is (byte)' ' or (byte)'\t')
            {
                continue;
            }

            var name = line[..colon].TrimEnd(" \t"u8);
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8) || Ascii.EqualsIgnoreCase(name, "l"u8))
            {
                count++;
                value = Encoding.ASCII.GetString(line[(colon + 1)..].Trim(" \t\r"u8));
            }
        }

        if (count == 0)
        {
            return "Content-Length is missing; it is mandatory on stream transports";
        }

        if (count > 1)
        {
            return "Content-Length appears more than once, so the message boundary is unknown";
        }

        if (value!.StartsWith('-'))
        {
            return $"Content-Length {value} is negative";
        }

        if (!HeaderParsers.TryParseBounded(value, (ulong)options.MaxBodyBytes, out var length))
        {
            return value.Length > 0 && value.All(char.IsAsciiDigit)
                ? $"Content-Length {value} exceeds the limit of {options.MaxBodyBytes.ToString(CultureInfo.InvariantCulture)} octets"
                : $"Content-Length '{value}' is not a number";
        }

        contentLength = (int)length;
        return null;
    }

    private static SipFrame Fail(string error) => new(SipFrameStatus.Error, 0, 0, 0, error);

    private void Consume(int count)
    {
        _start += count;
        if (_start == _end)
        {
            _start = _end = 0;
        }
    }
}
