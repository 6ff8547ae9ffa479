using System.Globalization;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Reviews;

/// <summary>Turns an agent's raw counts into review figures with their source and the counts behind each (zh-CN, as the review form shows them); a KPI with nothing recorded gets no figure.</summary>
public static class KpiFigureBuilder
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The figures of <paramref name="counts"/> over the days [from, until].</summary>
    public static IReadOnlyList<KpiFigure> Build(AgentPeriodCounts counts, DateOnly from, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var figures = new List<KpiFigure>();
        void Add(KpiKind kind, double value, string source, string detail) =>
            figures.Add(new KpiFigure { Kind = kind, Value = value, Source = source, From = from, To = until, Detail = detail });

        // Calls handled is a count: zero calls is a figure (the agent took none), not a missing one.
        Add(KpiKind.CallsHandled, counts.Answered, "analytics.calls", Text("接听 {0} 通", counts.Answered));
        if (counts.Answered > 0)
        {
            Add(KpiKind.AverageHandleTime, counts.HandleSeconds / counts.Answered, "analytics.calls", Text("{0} 通共处理 {1:0} 秒", counts.Answered, counts.HandleSeconds));
            Add(KpiKind.ServiceLevelContribution, (double)counts.AnsweredWithinTarget / counts.Answered, "analytics.calls",
                Text("{0} 通中 {1} 通在目标等待时间内接起", counts.Answered, counts.AnsweredWithinTarget));
        }

        if (counts.QaScored > 0)
            Add(KpiKind.QaAverage, counts.QaScoreSum / counts.QaScored, "analytics.qa_scores", Text("质检 {0} 通", counts.QaScored));
        if (counts.Surveys > 0)
            Add(KpiKind.Satisfaction, (double)counts.Satisfied / counts.Surveys, "analytics.survey_results", Text("{0} 份问卷，{1} 份满意", counts.Surveys, counts.Satisfied));
        if (counts.TicketsCreated > 0)
            Add(KpiKind.TicketTimeliness, 1 - (double)counts.TicketsLate / counts.TicketsCreated, "analytics.ticket_events",
                Text("受理 {0} 件，{1} 件被催办或督办", counts.TicketsCreated, counts.TicketsLate));
        if (counts.Adherence is { Adherence: { } adherence } report)
            Add(KpiKind.Adherence, adherence, "analytics.agent_states+people.rosters",
                Text("排班 {0:0} 分钟，遵守 {1:0} 分钟", report.ScheduledMinutes, report.InAdherenceMinutes));
        if (counts.ExamPercents.Count > 0)
            Add(KpiKind.ExamResults, counts.ExamPercents.Average(), "people.exam_attempts", Text("考试 {0} 场", counts.ExamPercents.Count));
        return figures;
    }

    private static string Text(string format, params object[] values) => string.Format(Chinese, format, values);
}
