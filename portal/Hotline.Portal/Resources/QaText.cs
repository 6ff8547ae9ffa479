namespace Hotline.Portal.Resources;

/// <summary>The text of the QA workspace for <c>IStringLocalizer&lt;QaText&gt;</c>; zh-CN in QaText.resx, en-US beside it.</summary>
public sealed class QaText;
