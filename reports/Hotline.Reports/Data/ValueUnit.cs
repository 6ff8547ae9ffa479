namespace Hotline.Reports.Data;

/// <summary>How a value is written: a count, a rate as a percentage, a duration, a score.</summary>
public enum ValueUnit
{
    /// <summary>A count: calls, tickets.</summary>
    Count,

    /// <summary>A rate 0–1, written as a percentage.</summary>
    Rate,

    /// <summary>A duration in seconds.</summary>
    Seconds,

    /// <summary>A score, e.g. a QA or exam score 0–100.</summary>
    Score,
}
