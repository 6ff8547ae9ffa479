namespace Hotline.Grains.Abstractions.People;

/// <summary>The KPIs a performance review can weigh; the host gathers each figure (see the member's note for its unit).</summary>
[GenerateSerializer]
public enum KpiKind
{
    /// <summary>Calls answered in the period (count).</summary>
    CallsHandled,
    /// <summary>Average handle time (seconds; lower is better).</summary>
    AverageHandleTime,
    /// <summary>Share of the agent's answered calls answered within the service-level threshold (0–1).</summary>
    ServiceLevelContribution,
    /// <summary>Average QA score (0–100).</summary>
    QaAverage,
    /// <summary>Satisfied share of survey answers (0–1).</summary>
    Satisfaction,
    /// <summary>Share of the agent's tickets finished before their deadline (0–1).</summary>
    TicketTimeliness,
    /// <summary>Schedule adherence (0–1).</summary>
    Adherence,
    /// <summary>Average percent of exams graded in the period (0–100).</summary>
    ExamResults,
}
