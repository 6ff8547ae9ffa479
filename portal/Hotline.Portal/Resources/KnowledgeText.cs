namespace Hotline.Portal.Resources;

/// <summary>The knowledge pages' text for <c>IStringLocalizer&lt;KnowledgeText&gt;</c>; zh-CN in KnowledgeText.resx, en-US beside it.</summary>
public sealed class KnowledgeText;
