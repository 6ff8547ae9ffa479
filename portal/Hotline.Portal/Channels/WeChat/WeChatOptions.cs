namespace Hotline.Portal.Channels.WeChat;

/// <summary>The WeChat official-account push settings (<c>Hotline:Channels:WeChat</c>).</summary>
public sealed class WeChatOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hotline:Channels:WeChat";

    /// <summary>The token configured on the official account's server settings; the demo organisation uses <c>demo-wechat-token</c>.</summary>
    public string Token { get; set; } = "";
}
