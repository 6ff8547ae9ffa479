using System.Globalization;
using Hotline.Analytics.Analyses;

namespace Hotline.Portal.Dashboards;

/// <summary>What a decision dashboard shows: calls or tickets, broken down by one dimension, for the period of <paramref name="Unit"/>
/// starting on <paramref name="Start"/>, against the period before (环比) and the same period last year (同比).</summary>
public sealed record DashboardRequest(AnalyticsMeasure Measure, AnalyticsDimension Dimension, PeriodUnit Unit, DateOnly Start)
{
    /// <summary>The dimensions each measure can be broken down by (analytics' own list: calls carry queue and region only).</summary>
    public static IReadOnlyList<AnalyticsDimension> DimensionsOf(AnalyticsMeasure measure) => PeriodComparison.DimensionsOf(measure);

    /// <summary>Reads a request from query values; names what is wrong in the exception.</summary>
    /// <exception cref="ArgumentException">A value is missing, unknown, or the dimension does not apply to the measure.</exception>
    public static DashboardRequest Parse(string? measure, string? dimension, string? unit, string? start)
    {
        var m = ParseEnum<AnalyticsMeasure>(measure, "measure");
        var d = ParseEnum<AnalyticsDimension>(dimension, "dimension");
        var u = ParseEnum<PeriodUnit>(unit, "unit");
        if (!DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw new ArgumentException($"start must be a day as yyyy-MM-dd (got '{start}').", nameof(start));
        var request = new DashboardRequest(m, d, u, day);
        request.Validate();
        return request;
    }

    /// <summary>Throws unless the dimension applies to the measure.</summary>
    public void Validate()
    {
        if (!DimensionsOf(Measure).Contains(Dimension))
            throw new ArgumentException($"dimension {Dimension} does not apply to {Measure} (use one of {string.Join(", ", DimensionsOf(Measure))}).", "dimension");
    }

    /// <summary>The query string that asks for this request (for links and the export).</summary>
    public string Query() => string.Create(CultureInfo.InvariantCulture,
        $"measure={Measure}&dimension={Dimension}&unit={Unit}&start={Start:yyyy-MM-dd}");

    private static T ParseEnum<T>(string? text, string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new ArgumentException($"{name} must be one of {string.Join(", ", Enum.GetNames<T>())} (got '{text}').", name);
}
