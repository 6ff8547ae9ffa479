using System.Globalization;
using System.Text;

namespace Hotline.Telephony.Sdp;

/// <summary>The set of RFC 4733 event codes in a telephone-event fmtp, such as "0-15,66,70".</summary>
public sealed class TelephoneEventSet
{
    /// <summary>The encoding name of RFC 4733 events.</summary>
    public const string EncodingName = "telephone-event";

    private readonly bool[] _events;

    private TelephoneEventSet(bool[] events)
    {
        _events = events;
    }

    /// <summary>DTMF 0–9, *, #, A–D: what RFC 4733 §7.1.1 says a receiver assumes when no fmtp is given.</summary>
    public static TelephoneEventSet Default { get; } = Parse("0-15");

    /// <summary>Parses a comma-separated list of codes and ranges; returns null when malformed or out of 0–255.</summary>
    public static TelephoneEventSet? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var events = new bool[256];
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var dash = item.IndexOf('-', StringComparison.Ordinal);
            var from = dash < 0 ? item : item[..dash];
            var to = dash < 0 ? item : item[(dash + 1)..];
            if (!byte.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var low)
                || !byte.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var high)
                || low > high)
            {
                return null;
            }

            for (var e = low; e <= high; e++)
            {
                events[e] = true;
                if (e == byte.MaxValue)
                {
                    break;
                }
            }
        }

        return new TelephoneEventSet(events);
    }

    /// <summary>Parses a list, throwing <see cref="FormatException"/> when malformed.</summary>
    public static TelephoneEventSet Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"\"{text}\" is not a telephone-event list such as \"0-15,66\".");

    /// <summary>True when no event is in the set.</summary>
    public bool IsEmpty => !_events.Contains(true);

    /// <summary>True when the event code is in the set.</summary>
    public bool Contains(int code) => code is >= 0 and <= 255 && _events[code];

    /// <summary>The events present in both sets: what both ends can send and understand.</summary>
    public TelephoneEventSet Intersect(TelephoneEventSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var events = new bool[256];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = _events[i] && other._events[i];
        }

        return new TelephoneEventSet(events);
    }

    /// <summary>The compact list form, e.g. "0-16".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 256; i++)
        {
            if (!_events[i])
            {
                continue;
            }

            var end = i;
            while (end + 1 < 256 && _events[end + 1])
            {
                end++;
            }

            if (sb.Length > 0)
            {
                sb.Append(',');
            }

            sb.Append(i.ToString(CultureInfo.InvariantCulture));
            if (end > i)
            {
                sb.Append('-').Append(end.ToString(CultureInfo.InvariantCulture));
            }

            i = end;
        }

        return sb.ToString();
    }
}
