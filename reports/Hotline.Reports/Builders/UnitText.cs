using Hotline.Reports.Data;

namespace Hotline.Reports.Builders;

/// <summary>Writes a value, and its change against another, in the way its unit calls for.</summary>
public static class UnitText
{
    /// <summary>The value as a count, percentage, duration or score.</summary>
    public static string Value(ValueUnit unit, double value) => unit switch
    {
        ValueUnit.Rate => FigureText.Percent(value),
        ValueUnit.Seconds => FigureText.Seconds(value),
        ValueUnit.Score => FigureText.Score(value),
        _ => FigureText.Count(value),
    };

    /// <summary>The change from <paramref name="other"/> to <paramref name="value"/>: percent for counts, points for rates and scores, seconds for durations.</summary>
    public static string Change(ValueUnit unit, double value, double? other) => unit switch
    {
        ValueUnit.Rate => Builders.Change.Points(value, other),
        ValueUnit.Seconds => Builders.Change.Seconds(value, other),
        ValueUnit.Score => Builders.Change.Score(value, other),
        _ => Builders.Change.Relative(value, other),
    };
}
