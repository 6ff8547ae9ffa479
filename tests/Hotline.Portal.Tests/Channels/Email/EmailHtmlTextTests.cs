using Hotline.Portal.Channels.Email;

namespace Hotline.Portal.Tests.Channels.Email;

/// <summary>HTML mail bodies become readable ticket text.</summary>
[Trait("Category", "Unit")]
public sealed class EmailHtmlTextTests
{
    [Theory]
    [InlineData("<p>第一段</p><p>第二段</p>", "第一段\n第二段")]
    [InlineData("a<br>b<br/>c", "a\nb\nc")]
    [InlineData("<script>alert(1)</script><style>p{}</style>正文", "正文")]
    [InlineData("<div>  多个   空格 </div>", "多个 空格")]
    [InlineData("&lt;tag&gt; &amp; &#x4E2D;", "<tag> & 中")]
    public void Converts(string html, string text) => Assert.Equal(text, EmailHtmlText.Convert(html));
}
