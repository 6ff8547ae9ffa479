using Hotline.Analytics.Analyses;
using Hotline.Reports.Data;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>Turns survey ratings 1–5 into the four levels reports show: 非常满意 (5), 满意 (4), 基本满意 (3), 不满意 (1–2).</summary>
public static class RatingLevels
{
    /// <summary>The four levels from answers per rating (keys "1" … "5").</summary>
    public static IReadOnlyList<LevelCount> Of(IReadOnlyList<KeyCount> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        long Count(params string[] keys) => ratings.Where(r => keys.Contains(r.Key)).Sum(r => r.Count);
        return
        [
            new(SourceText.RatingVerySatisfied, Count("5")),
            new(SourceText.RatingSatisfied, Count("4")),
            new(SourceText.RatingFair, Count("3")),
            new(SourceText.RatingDissatisfied, Count("1", "2")),
        ];
    }
}
