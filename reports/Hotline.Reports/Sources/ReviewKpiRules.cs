using Hotline.Reports.Builders;
using Hotline.Reports.Data;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>The provisional KPI definitions of the performance review: weights, targets and scoring, until the knowledge/people issue defines them.</summary>
/// <remarks>Each KPI scores 100 at or beyond its target and proportionally below (for handle time: target ÷ actual). Attendance and exam scores are
/// left out because nothing records them yet.</remarks>
public static class ReviewKpiRules
{
    /// <summary>The handle-time target in seconds.</summary>
    public const double HandleTimeTarget = 360;

    /// <summary>The QA score target.</summary>
    public const double QaTarget = 85;

    /// <summary>The satisfied-share target.</summary>
    public const double SatisfactionTarget = 0.85;

    /// <summary>The occupancy target.</summary>
    public const double OccupancyTarget = 0.75;

    /// <summary>The KPIs of <paramref name="agent"/>, with <paramref name="previous"/> for the previous period's actuals and the team's mean answered calls as that KPI's target.</summary>
    public static IReadOnlyList<KpiResult> Evaluate(AgentPeriodFigures agent, AgentPeriodFigures? previous, double teamMeanAnswered)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var answeredTarget = Math.Max(1, Math.Round(teamMeanAnswered));
        return
        [
            new(SourceText.KpiAnswered, 0.25, ValueUnit.Count, answeredTarget, agent.Answered, previous?.Answered, AtLeast(agent.Answered, answeredTarget),
                string.Format(FigureText.Culture, SourceText.EvidenceAnswered, FigureText.Count(agent.Answered), FigureText.Count(answeredTarget))),
            new(SourceText.KpiHandleTime, 0.2, ValueUnit.Seconds, HandleTimeTarget, agent.AverageHandleSeconds, previous?.AverageHandleSeconds,
                agent.Answered == 0 ? 0 : AtLeast(HandleTimeTarget, agent.AverageHandleSeconds),
                string.Format(FigureText.Culture, SourceText.EvidenceHandleTime, FigureText.Count(agent.Answered), FigureText.Seconds(agent.AverageHandleSeconds * agent.Answered))),
            new(SourceText.KpiQaScore, 0.25, ValueUnit.Score, QaTarget, agent.QaAverage ?? 0, previous?.QaAverage, AtLeast(agent.QaAverage ?? 0, QaTarget),
                string.Format(FigureText.Culture, SourceText.EvidenceQaScore, FigureText.Count(agent.QaScored), FigureText.Count(agent.QaPassed))),
            new(SourceText.KpiSatisfaction, 0.2, ValueUnit.Rate, SatisfactionTarget, agent.SatisfiedRate ?? 0, previous?.SatisfiedRate, AtLeast(agent.SatisfiedRate ?? 0, SatisfactionTarget),
                string.Format(FigureText.Culture, SourceText.EvidenceSatisfaction, FigureText.Count(agent.Surveys), FigureText.Count(agent.Satisfied))),
            new(SourceText.KpiOccupancy, 0.1, ValueUnit.Rate, OccupancyTarget, agent.Occupancy ?? 0, previous?.Occupancy, AtLeast(agent.Occupancy ?? 0, OccupancyTarget),
                string.Format(FigureText.Culture, SourceText.EvidenceOccupancy, FigureText.Seconds(agent.BusySeconds), FigureText.Seconds(agent.AvailableSeconds))),
        ];
    }

    /// <summary>100 points at or above the target, proportionally fewer below.</summary>
    private static double AtLeast(double actual, double target) => target <= 0 ? 0 : Math.Clamp(actual / target * 100, 0, 100);
}
