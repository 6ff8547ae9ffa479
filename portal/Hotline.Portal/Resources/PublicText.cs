namespace Hotline.Portal.Resources;

/// <summary>The citizen site's text (pages, form messages, notices API errors) for <c>IStringLocalizer&lt;PublicText&gt;</c>; zh-CN in PublicText.resx.</summary>
public sealed class PublicText;
