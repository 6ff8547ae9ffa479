namespace Hotline.Qa.Learning;

/// <summary>One call as an ML.NET row. The labels are Overall and NeedsReview: a label called "Score" would collide with the trainers' output column.</summary>
internal sealed class QualityRow
{
    /// <summary>Rule results in <see cref="QualityModelInfo.ItemIds"/> order; the vector length is set per model.</summary>
    public float[] Items { get; set; } = [];

    /// <summary><see cref="ConversationFigures.ToVector"/>.</summary>
    public float[] Figures { get; set; } = [];

    /// <summary>jieba words separated by spaces.</summary>
    public string Words { get; set; } = "";

    public string Queue { get; set; } = "";

    public float Hour { get; set; }

    public float Tenure { get; set; }

    public float Overall { get; set; }

    public bool NeedsReview { get; set; }

    public static QualityRow From(CallFeatures features, IReadOnlyList<string> itemIds) => new()
    {
        Items = [.. itemIds.Select(id => (float)features.ItemResults.GetValueOrDefault(id, 1.0))],
        Figures = features.Figures.ToVector(),
        Words = ChineseSegmenter.Segment(features.Text),
        Queue = features.Queue,
        Hour = features.HourOfDay,
        Tenure = features.AgentTenureDays,
    };
}
