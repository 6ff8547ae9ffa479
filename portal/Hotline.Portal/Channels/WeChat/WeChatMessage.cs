using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Hotline.Portal.Channels.WeChat;

/// <summary>A message WeChat pushes to the official account (the fields the hotline uses).</summary>
public sealed record WeChatMessage(string ToUserName, string FromUserName, long CreateTime, string MsgType, string? Content, string? MsgId)
{
    /// <summary>Parses the pushed XML; throws <see cref="FormatException"/> naming the missing or malformed element.</summary>
    public static WeChatMessage Parse(string xml)
    {
        XElement root;
        try
        {
            // No DTDs: the body comes from the internet.
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            root = XElement.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"The body is not XML: {ex.Message}", ex);
        }

        string Required(string name) => (string?)root.Element(name) is { Length: > 0 } value
            ? value
            : throw new FormatException($"The message has no <{name}>.");
        var created = Required("CreateTime");
        if (!long.TryParse(created, NumberStyles.None, CultureInfo.InvariantCulture, out var createTime))
        {
            throw new FormatException($"<CreateTime> '{created}' is not a Unix time.");
        }

        return new WeChatMessage(Required("ToUserName"), Required("FromUserName"), createTime, Required("MsgType"),
            (string?)root.Element("Content"), (string?)root.Element("MsgId"));
    }

    /// <summary>The idempotency key: WeChat retries a push with the same MsgId; messages without one fall back to sender + time.</summary>
    public string DeliveryKey => MsgId ?? $"{FromUserName}:{CreateTime.ToString(CultureInfo.InvariantCulture)}";
}
