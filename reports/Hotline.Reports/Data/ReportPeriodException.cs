using System.Globalization;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Data;

/// <summary>A report was asked for a period it cannot cover; the message (Chinese, for the person who asked) says why and what to do.</summary>
public sealed class ReportPeriodException : Exception
{
    /// <summary>Creates the exception for the period <paramref name="from"/>–<paramref name="to"/>.</summary>
    public ReportPeriodException(DateOnly from, DateOnly to, ReportPeriodProblem problem, int maxDays)
        : base(Describe(from, to, problem, maxDays))
    {
        From = from;
        To = to;
        Problem = problem;
        MaxDays = maxDays;
    }

    /// <summary>Creates the exception without details (serialisation and tooling only).</summary>
    public ReportPeriodException()
    {
    }

    /// <summary>Creates the exception with a message (serialisation and tooling only).</summary>
    public ReportPeriodException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause (serialisation and tooling only).</summary>
    public ReportPeriodException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The first day asked for.</summary>
    public DateOnly From { get; }

    /// <summary>The last day asked for.</summary>
    public DateOnly To { get; }

    /// <summary>What was wrong.</summary>
    public ReportPeriodProblem Problem { get; }

    /// <summary>The longest period allowed, for <see cref="ReportPeriodProblem.TooLong"/>.</summary>
    public int MaxDays { get; }

    private static string Describe(DateOnly from, DateOnly to, ReportPeriodProblem problem, int maxDays)
    {
        var culture = CultureInfo.GetCultureInfo("zh-CN");
        var fromText = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var toText = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return problem switch
        {
            ReportPeriodProblem.EndsBeforeStart => string.Format(culture, ReportText.PeriodEndsBeforeStart, fromText, toText),
            _ => string.Format(culture, ReportText.PeriodTooLong, fromText, toText, to.DayNumber - from.DayNumber + 1, maxDays),
        };
    }
}
