using System.Globalization;
using System.Xml.Linq;

namespace Hotline.Portal.Channels.WeChat;

/// <summary>Builds the passive XML text reply to a pushed message (sender and receiver swapped).</summary>
public static class WeChatReply
{
    /// <summary>The reply XML carrying <paramref name="text"/>.</summary>
    public static string Text(WeChatMessage to, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(to);
        return new XElement("xml",
            new XElement("ToUserName", new XCData(to.FromUserName)),
            new XElement("FromUserName", new XCData(to.ToUserName)),
            new XElement("CreateTime", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new XElement("MsgType", new XCData("text")),
            new XElement("Content", new XCData(text))).ToString(SaveOptions.DisableFormatting);
    }
}
