namespace Hotline.Portal.Resources;

/// <summary>The HR pages' text (绩效考核) for <c>IStringLocalizer&lt;HrText&gt;</c>; zh-CN in HrText.resx, en-US beside it.</summary>
public sealed class HrText;
