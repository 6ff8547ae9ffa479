using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Reviews;

/// <summary>The KPI schemes the store starts with (HR changes them as data): agents on every KPI, supervisors on team-level quality and timeliness.</summary>
/// <remarks>Targets are for a month: an agent on a full roster answers about 1 200 calls (the demo organisation's volume ÷ agents).</remarks>
public static class KpiDefaults
{
    /// <summary>The agent scheme; also used for a role that has none.</summary>
    public static KpiScheme Agent { get; } = new(PlatformRole.Agent,
    [
        new() { Kind = KpiKind.CallsHandled, Weight = 0.15, Target = 1200, CapPercent = 120 },
        new() { Kind = KpiKind.AverageHandleTime, Weight = 0.10, Target = 300, LowerIsBetter = true, CapPercent = 120 },
        new() { Kind = KpiKind.ServiceLevelContribution, Weight = 0.10, Target = 0.8 },
        new() { Kind = KpiKind.QaAverage, Weight = 0.20, Target = 85 },
        new() { Kind = KpiKind.Satisfaction, Weight = 0.15, Target = 0.9 },
        new() { Kind = KpiKind.TicketTimeliness, Weight = 0.10, Target = 0.95 },
        new() { Kind = KpiKind.Adherence, Weight = 0.10, Target = 0.9 },
        new() { Kind = KpiKind.ExamResults, Weight = 0.10, Target = 80 },
    ]);

    /// <summary>The supervisor scheme.</summary>
    public static KpiScheme Supervisor { get; } = new(PlatformRole.Supervisor,
    [
        new() { Kind = KpiKind.ServiceLevelContribution, Weight = 0.25, Target = 0.8 },
        new() { Kind = KpiKind.QaAverage, Weight = 0.25, Target = 85 },
        new() { Kind = KpiKind.Satisfaction, Weight = 0.2, Target = 0.9 },
        new() { Kind = KpiKind.TicketTimeliness, Weight = 0.2, Target = 0.95 },
        new() { Kind = KpiKind.Adherence, Weight = 0.1, Target = 0.9 },
    ]);

    /// <summary>Every default scheme.</summary>
    public static IReadOnlyList<KpiScheme> Schemes { get; } = [Agent, Supervisor];
}
