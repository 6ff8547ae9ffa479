using System.Collections.ObjectModel;
using System.Globalization;

namespace Hotline.Telephony.Sdp;

/// <summary>The a= lines of one level (session or media) in their original order, with typed accessors for the ones a call leg needs.</summary>
/// <remarks>Names are matched case-insensitively: real phones vary their spelling and nothing is lost by it.</remarks>
public sealed class SdpAttributeCollection : Collection<SdpAttributeLine>
{
    /// <summary>The first attribute with this name, or null.</summary>
    public SdpAttributeLine? Find(string name) => Items.FirstOrDefault(a => Is(a, name));

    /// <summary>All attributes with this name, in order.</summary>
    public IEnumerable<SdpAttributeLine> FindAll(string name) => Items.Where(a => Is(a, name));

    /// <summary>True when an attribute with this name is present.</summary>
    public bool Has(string name) => Items.Any(a => Is(a, name));

    /// <summary>Removes every attribute with this name; returns how many were removed.</summary>
    public int RemoveAll(string name)
    {
        var removed = 0;
        for (var i = Count - 1; i >= 0; i--)
        {
            if (Is(Items[i], name))
            {
                RemoveAt(i);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Replaces the first attribute with this name (removing the others), or appends one.</summary>
    public void Set(string name, string? value)
    {
        var index = IndexOfName(name);
        RemoveAll(name);
        var attribute = new SdpAttributeLine(name, value);
        if (index < 0)
        {
            Add(attribute);
        }
        else
        {
            Insert(index, attribute);
        }
    }

    /// <summary>The direction attribute at this level, or null when none is written (RFC 8866 §6.7).</summary>
    public SdpDirection? Direction
    {
        get
        {
            foreach (var attribute in Items)
            {
                if (attribute.Value is null && SdpDirections.TryParse(attribute.Name, out var direction))
                {
                    return direction;
                }
            }

            return null;
        }
    }

    /// <summary>Writes exactly one direction attribute (in place of the first one present), or removes them all when null.</summary>
    public void SetDirection(SdpDirection? direction)
    {
        var index = -1;
        for (var i = Count - 1; i >= 0; i--)
        {
            if (Items[i].Value is null && SdpDirections.TryParse(Items[i].Name, out _))
            {
                index = i;
                RemoveAt(i);
            }
        }

        if (direction is { } d)
        {
            var attribute = new SdpAttributeLine(d.ToAttributeName());
            if (index < 0)
            {
                Add(attribute);
            }
            else
            {
                Insert(index, attribute);
            }
        }
    }

    /// <summary>The a=ptime value in milliseconds (RFC 8866 §6.4), or null.</summary>
    public int? Ptime => Milliseconds("ptime");

    /// <summary>The a=maxptime value in milliseconds (RFC 8866 §6.5), or null.</summary>
    public int? MaxPtime => Milliseconds("maxptime");

    /// <summary>All well-formed a=rtpmap values in order.</summary>
    public IEnumerable<SdpRtpMap> RtpMaps
    {
        get
        {
            foreach (var attribute in FindAll(SdpRtpMap.AttributeName))
            {
                if (SdpRtpMap.TryParse(attribute.Value, out var map))
                {
                    yield return map!;
                }
            }
        }
    }

    /// <summary>The a=rtpmap for a payload type, or null.</summary>
    public SdpRtpMap? GetRtpMap(int payloadType) => RtpMaps.FirstOrDefault(m => m.PayloadType == payloadType);

    /// <summary>The a=fmtp for a format, or null.</summary>
    public SdpFmtp? GetFmtp(string format)
    {
        foreach (var attribute in FindAll(SdpFmtp.AttributeName))
        {
            if (SdpFmtp.TryParse(attribute.Value, out var fmtp) && fmtp!.Format == format)
            {
                return fmtp;
            }
        }

        return null;
    }

    /// <summary>The a=rtcp value (RFC 3605), or null.</summary>
    public SdpRtcp? Rtcp =>
        SdpRtcp.TryParse(Find(SdpRtcp.AttributeName)?.Value, out var rtcp) ? rtcp : null;

    /// <summary>True when a=rtcp-mux (RFC 5761) is present.</summary>
    public bool RtcpMux => Has("rtcp-mux");

    /// <summary>The a=mid value (RFC 5888), or null.</summary>
    public string? Mid => Find("mid")?.Value;

    /// <summary>The raw values of the a=ssrc lines (RFC 5576), in order.</summary>
    public IEnumerable<string> Ssrcs => FindAll("ssrc").Select(a => a.Value ?? string.Empty);

    /// <summary>Parses a millisecond attribute value; some devices write "20.0", which rounds up.</summary>
    internal static bool TryParseMilliseconds(string? value, out int milliseconds)
    {
        milliseconds = 0;
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ms)
            || ms <= 0 || ms > 10_000)
        {
            return false;
        }

        milliseconds = (int)Math.Ceiling(ms);
        return true;
    }

    private int? Milliseconds(string name) =>
        TryParseMilliseconds(Find(name)?.Value, out var ms) ? ms : null;

    private int IndexOfName(string name)
    {
        for (var i = 0; i < Count; i++)
        {
            if (Is(Items[i], name))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Is(SdpAttributeLine attribute, string name) =>
        string.Equals(attribute.Name, name, StringComparison.OrdinalIgnoreCase);
}
