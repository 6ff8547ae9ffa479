using System.Globalization;
using System.Text;

namespace Hotline.Telephony.Sdp;

/// <summary>Parses SDP text (RFC 8866 §9 grammar): lenient where deployed phones deviate, strict with clear errors otherwise.</summary>
/// <remarks>
/// Accepted deviations: LF-only line endings, trailing whitespace, blank lines, an empty or missing s= value
/// (read as "-"), a missing t= line and known line types in an unusual order within their level.
/// Everything else that breaks the grammar throws <see cref="SdpFormatException"/> naming the line.
/// </remarks>
public static class SdpParser
{
    /// <summary>Parses a UTF-8 body (RFC 8866 §5: the default charset is UTF-8).</summary>
    public static SessionDescription Parse(ReadOnlySpan<byte> utf8) => Parse(Encoding.UTF8.GetString(utf8));

    /// <summary>Parses SDP text; throws <see cref="SdpFormatException"/> for malformed input.</summary>
    public static SessionDescription Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Reader(text).Read();
    }

    /// <summary>Parses SDP text, returning false and the error message instead of throwing.</summary>
    public static bool TryParse(string text, out SessionDescription? description, out string? error)
    {
        try
        {
            description = Parse(text);
            error = null;
            return true;
        }
        catch (SdpFormatException e)
        {
            description = null;
            error = e.Message;
            return false;
        }
    }

    private sealed class Reader(string text)
    {
        private SessionDescription? _session;
        private MediaDescription? _media;
        private SdpTiming? _timing;
        private bool _sawSessionName;
        private int _lineNumber;
        private string _line = string.Empty;

        public SessionDescription Read()
        {
            var sawVersion = false;
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                _lineNumber = i + 1;
                _line = lines[i].TrimEnd();
                if (_line.Length == 0)
                {
                    continue;
                }

                if (_line.Length < 2 || _line[1] != '=' || !char.IsAsciiLetter(_line[0]))
                {
                    throw Error("expected a line of the form <type>=<value>");
                }

                var type = _line[0];
                var value = _line[2..];
                if (!sawVersion)
                {
                    if (type != 'v')
                    {
                        throw Error("an SDP body must start with v=0");
                    }

                    if (value.Trim() != "0")
                    {
                        throw Error("only SDP version 0 is defined");
                    }

                    sawVersion = true;
                    continue;
                }

                if (_session is null && type != 'o')
                {
                    throw Error("o= must follow v= (RFC 8866 §5)");
                }

                if (_media is null)
                {
                    ReadSessionLine(type, value);
                }
                else
                {
                    ReadMediaLine(_media, type, value);
                }
            }

            if (!sawVersion)
            {
                throw new SdpFormatException("The SDP body is empty: it has no v= line.");
            }

            if (_session is null)
            {
                throw new SdpFormatException("The SDP body has no o= line.");
            }

            return _session;
        }

        private void ReadSessionLine(char type, string value)
        {
            if (type == 'o')
            {
                if (_session is not null)
                {
                    throw Error("a second o= line");
                }

                _session = new SessionDescription(ParseOrigin(value));
                return;
            }

            var session = _session!;
            switch (type)
            {
                case 'v':
                    throw Error("a second v= line");
                case 's':
                    if (_sawSessionName)
                    {
                        throw Error("a second s= line");
                    }

                    _sawSessionName = true;
                    session.SessionName = value.Trim().Length == 0 ? "-" : value;
                    break;
                case 'i':
                    session.Information = value;
                    break;
                case 'u':
                    session.Uri = value;
                    break;
                case 'e':
                    session.Emails.Add(value);
                    break;
                case 'p':
                    session.Phones.Add(value);
                    break;
                case 'c':
                    if (session.Connection is not null)
                    {
                        throw Error("a second session-level c= line");
                    }

                    session.Connection = ParseConnection(value);
                    break;
                case 'b':
                    session.Bandwidths.Add(ParseBandwidth(value));
                    break;
                case 't':
                    _timing = ParseTiming(value);
                    session.Timings.Add(_timing);
                    break;
                case 'r':
                    if (_timing is null)
                    {
                        throw Error("r= must follow a t= line (RFC 8866 §5.10)");
                    }

                    _timing.Repeats.Add(value);
                    break;
                case 'z':
                    session.TimeZones = value;
                    break;
                case 'k':
                    session.EncryptionKey = value;
                    break;
                case 'a':
                    session.Attributes.Add(ParseAttribute(value));
                    break;
                case 'm':
                    _media = ParseMedia(value);
                    session.Media.Add(_media);
                    break;
                default:
                    session.UnknownLines.Add(new SdpUnknownLine(type, value, session.Attributes.Count));
                    break;
            }
        }

        private void ReadMediaLine(MediaDescription media, char type, string value)
        {
            switch (type)
            {
                case 'i':
                    media.Information = value;
                    break;
                case 'c':
                    media.Connections.Add(ParseConnection(value));
                    break;
                case 'b':
                    media.Bandwidths.Add(ParseBandwidth(value));
                    break;
                case 'k':
                    media.EncryptionKey = value;
                    break;
                case 'a':
                    media.Attributes.Add(ParseAttribute(value));
                    break;
                case 'm':
                    _media = ParseMedia(value);
                    _session!.Media.Add(_media);
                    break;
                case 'v' or 'o' or 's' or 'u' or 'e' or 'p' or 't' or 'r' or 'z':
                    throw Error($"{type}= is a session-level line but appears inside a media description");
                default:
                    media.UnknownLines.Add(new SdpUnknownLine(type, value, media.Attributes.Count));
                    break;
            }
        }

        private SdpOrigin ParseOrigin(string value)
        {
            // RFC 8866 §5.2: six space-separated fields; id and version are decimal digits.
            var f = Fields(value);
            if (f.Length != 6)
            {
                throw Error($"o= needs 6 fields (username sess-id sess-version nettype addrtype address), found {f.Length}");
            }

            if (!IsDigits(f[1]) || !IsDigits(f[2]))
            {
                throw Error("o= sess-id and sess-version must be decimal numbers");
            }

            return new SdpOrigin(f[0], f[1], f[2], f[3], f[4], f[5]);
        }

        private SdpConnection ParseConnection(string value)
        {
            var f = Fields(value);
            if (f.Length != 3)
            {
                throw Error($"c= needs 3 fields (nettype addrtype address), found {f.Length}");
            }

            return new SdpConnection(f[0], f[1], f[2]);
        }

        private SdpBandwidth ParseBandwidth(string value)
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0
                || !ulong.TryParse(value.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                throw Error("b= must be <bwtype>:<bandwidth> with a decimal bandwidth");
            }

            return new SdpBandwidth(value[..colon].Trim(), amount);
        }

        private SdpTiming ParseTiming(string value)
        {
            var f = Fields(value);
            if (f.Length != 2
                || !ulong.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !ulong.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var stop))
            {
                throw Error("t= must be <start-time> <stop-time> in decimal seconds");
            }

            return new SdpTiming(start, stop);
        }

        private MediaDescription ParseMedia(string value)
        {
            var f = Fields(value);
            if (f.Length < 3)
            {
                throw Error($"m= needs at least media, port and proto, found {f.Length} fields");
            }

            // Some peers reject a stream with "m=audio 0 RTP/AVP" and no format; RFC 8866 wants one, but nothing is lost by accepting it.
            var portText = f[1];
            int? portCount = null;
            var slash = portText.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                if (!int.TryParse(portText.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
                {
                    throw Error("m= port count must be a positive number");
                }

                portCount = count;
                portText = portText[..slash];
            }

            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
            {
                throw Error($"m= port \"{portText}\" is not a number from 0 to 65535");
            }

            return new MediaDescription(f[0], port, f[2], f.Skip(3)) { PortCount = portCount };
        }

        private SdpAttributeLine ParseAttribute(string value)
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            var attribute = colon < 0 ? new SdpAttributeLine(value.Trim()) : new SdpAttributeLine(value[..colon].Trim(), value[(colon + 1)..]);
            if (attribute.Name.Length == 0 || attribute.Name.Contains(' ', StringComparison.Ordinal))
            {
                throw Error("a= needs an attribute name without spaces");
            }

            // Attributes a call leg relies on are checked here so that a bad one is reported with its line.
            var ok = attribute.Name.ToUpperInvariant() switch
            {
                "RTPMAP" => SdpRtpMap.TryParse(attribute.Value, out _),
                "FMTP" => SdpFmtp.TryParse(attribute.Value, out _),
                "RTCP" => SdpRtcp.TryParse(attribute.Value, out _),
                "PTIME" or "MAXPTIME" => SdpAttributeCollection.TryParseMilliseconds(attribute.Value, out _),
                _ => true,
            };
            return ok ? attribute : throw Error($"malformed a={attribute.Name} value");
        }

        private static string[] Fields(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

        private SdpFormatException Error(string message) => new(message, _lineNumber, _line);
    }
}
