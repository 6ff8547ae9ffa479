using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>
/// A response read textually, without the stack's parser: an error response echoes the faulty headers of the request it
/// answers (RFC 3261 §8.2.6), so it may not parse, yet its status and Call-ID must still be checked.
/// </summary>
internal sealed partial class RawSipResponse
{
    private RawSipResponse(int status, string text)
    {
        Status = status;
        Text = text;
    }

    public int Status { get; }

    public string Text { get; }

    public bool IsFinal => Status >= 200;

    /// <summary>The header section only (start line to the empty line).</summary>
    public string Head => Text.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var end and >= 0 ? Text[..end] : Text;

    public string? CallId => CallIdOf(Head);

    /// <summary>The CSeq sequence number, or null when absent or unreadable.</summary>
    public uint? CSeqNumber => Values("CSeq") is [var first, ..] && first.Split(' ', 2)[0] is var number
        && uint.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Every value of a header (long or compact name), in order.</summary>
    public IReadOnlyList<string> Values(string name, string? compact = null) =>
        [.. Head.Split("\r\n").Skip(1)
            .Select(line => (line, colon: line.IndexOf(':', StringComparison.Ordinal)))
            .Where(x => x.colon > 0 && IsName(x.line[..x.colon].Trim(), name, compact))
            .Select(x => x.line[(x.colon + 1)..].Trim())];

    /// <summary>A response from a datagram or stream chunk, or null when it does not start with a SIP/2.0 status line.</summary>
    public static RawSipResponse? TryRead(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var match = StatusLine().Match(text);
        return match.Success ? new RawSipResponse(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), text) : null;
    }

    /// <summary>Splits a received stream into the responses it holds (by Content-Length, as a framer would).</summary>
    public static IReadOnlyList<RawSipResponse> ReadAll(byte[] stream)
    {
        var responses = new List<RawSipResponse>();
        var text = Encoding.UTF8.GetString(stream);
        var position = 0;
        while (true)
        {
            var start = text.IndexOf("SIP/2.0 ", position, StringComparison.Ordinal);
            var headEnd = start < 0 ? -1 : text.IndexOf("\r\n\r\n", start, StringComparison.Ordinal);
            if (headEnd < 0)
            {
                return responses;
            }

            var head = text[start..headEnd];
            var length = ContentLength().Match(head) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var end = Math.Min(text.Length, headEnd + 4 + length);
            if (TryRead(Encoding.UTF8.GetBytes(text[start..end])) is { } response)
            {
                responses.Add(response);
            }

            position = end;
        }
    }

    /// <summary>The Call-ID of a raw message (request or response), or null when it has none.</summary>
    public static string? CallIdOf(string text)
    {
        var match = CallIdLine().Match(text);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    public override string ToString() => Head;

    private static bool IsName(string candidate, string name, string? compact) =>
        string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) || (compact is not null && string.Equals(candidate, compact, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\ASIP/2\.0 (\d{3}) ")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^(?:Call-ID|i)[ \t]*:[ \t]*([^\r\n]*)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex CallIdLine();

    [GeneratedRegex(@"^(?:Content-Length|l)[ \t]*:[ \t]*(\d+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ContentLength();
}
