namespace Hotline.Reports.Data;

/// <summary>Survey results: the satisfied share with its comparisons, the answers by level, and the satisfied share per category.</summary>
/// <param name="SatisfiedRate">Satisfied and very satisfied ÷ answers, 0–1.</param>
/// <param name="Responses">Survey answers received.</param>
/// <param name="Levels">Answers per level (非常满意, 满意, 基本满意, 不满意), in that order.</param>
/// <param name="ByCategory">Satisfied share per ticket category, 0–1, with the previous period's share.</param>
public sealed record SatisfactionFigures(TrendValue SatisfiedRate, long Responses, IReadOnlyList<LevelCount> Levels, IReadOnlyList<RateRow> ByCategory);
