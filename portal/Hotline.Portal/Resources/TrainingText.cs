namespace Hotline.Portal.Resources;

/// <summary>The training pages' text (培训与考试) for <c>IStringLocalizer&lt;TrainingText&gt;</c>; zh-CN in TrainingText.resx, en-US beside it.</summary>
public sealed class TrainingText;
