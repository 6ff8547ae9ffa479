using System.Globalization;

namespace Hotline.Benchmarks;

/// <summary>One measured figure, optionally against a reference measured in the same run.</summary>
internal sealed record BenchFigure(
    string Metric, double Value, string Unit, string? Reference = null, double? ReferenceValue = null, string? ReferenceUnit = null)
{
    /// <summary>Value / reference value, rounded to two places (five below 0.1); null without a usable reference.</summary>
    public double? Ratio
    {
        get
        {
            if (ReferenceValue is not > 0)
                return null;
            var ratio = Value / ReferenceValue.Value;
            // Two decimals would print a ratio far below one as 0.
            return Math.Round(ratio, Math.Abs(ratio) < 0.1 ? 5 : 2);
        }
    }

    /// <summary>The DESIGN.md line: <c>bench NAME METRIC VALUE UNIT [vs REFERENCE VALUE UNIT ratio R]</c>.</summary>
    public string Line(string benchmark)
    {
        var line = $"bench {benchmark} {Metric} {Format(Value)} {Unit}";
        return Reference is null || ReferenceValue is null
            ? line
            : $"{line} vs {Reference} {Format(ReferenceValue.Value)} {ReferenceUnit ?? Unit} ratio {(Ratio is { } r ? Format(r) : "n/a")}";
    }

    public static string Format(double value) => value.ToString(Math.Abs(value) is > 0 and < 0.1 ? "0.#####" : "0.##", CultureInfo.InvariantCulture);
}
