namespace Hotline.Analytics.Analyses;

/// <summary>Survey answers for one key (a category, an agent): how many, and how many rated 4 or 5 (satisfied).</summary>
public sealed record SatisfactionCount(string Key, long Responses, long Satisfied)
{
    /// <summary>Satisfied ÷ responses, null without responses.</summary>
    public double? SatisfiedRate => Responses == 0 ? null : (double)Satisfied / Responses;
}
