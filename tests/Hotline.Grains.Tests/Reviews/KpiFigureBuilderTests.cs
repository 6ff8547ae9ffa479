using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Reviews;

namespace Hotline.Grains.Tests.Reviews;

[Trait("Category", "Unit")]
public sealed class KpiFigureBuilderTests
{
    private static readonly DateOnly From = new(2026, 10, 1);
    private static readonly DateOnly To = new(2026, 10, 31);

    [Fact]
    public void Counts_become_figures_with_their_source_period_and_the_counts_behind_them()
    {
        var adherence = new AdherenceReport
        {
            Agent = "8001", From = DateTimeOffset.UnixEpoch, To = DateTimeOffset.UnixEpoch.AddDays(1), ScheduledMinutes = 9600, InAdherenceMinutes = 8640, OutOfAdherence = [],
        };
        var counts = new AgentPeriodCounts
        {
            Answered = 400, HandleSeconds = 400 * 275.5, AnsweredWithinTarget = 330, QaScored = 12, QaScoreSum = 12 * 86.25, Surveys = 150, Satisfied = 138,
            TicketsCreated = 80, TicketsLate = 6, Adherence = adherence, ExamPercents = [70, 90],
        };

        var figures = KpiFigureBuilder.Build(counts, From, To).ToDictionary(f => f.Kind);

        Assert.Equal(Enum.GetValues<KpiKind>().Order(), figures.Keys.Order());
        Assert.Equal(400, figures[KpiKind.CallsHandled].Value);
        Assert.Equal(275.5, figures[KpiKind.AverageHandleTime].Value, 9);
        Assert.Equal(330.0 / 400, figures[KpiKind.ServiceLevelContribution].Value, 9);
        Assert.Equal(86.25, figures[KpiKind.QaAverage].Value, 9);
        Assert.Equal(138.0 / 150, figures[KpiKind.Satisfaction].Value, 9);
        Assert.Equal(74.0 / 80, figures[KpiKind.TicketTimeliness].Value, 9);
        Assert.Equal(0.9, figures[KpiKind.Adherence].Value, 9);
        Assert.Equal(80, figures[KpiKind.ExamResults].Value, 9);
        Assert.All(figures.Values, f => Assert.Equal((From, To), (f.From, f.To)));
        Assert.Equal("analytics.survey_results", figures[KpiKind.Satisfaction].Source);
        Assert.Equal("150 份问卷，138 份满意", figures[KpiKind.Satisfaction].Detail);
    }

    [Fact]
    public void An_agent_with_nothing_recorded_gets_only_a_zero_call_count()
    {
        var figures = KpiFigureBuilder.Build(new AgentPeriodCounts(), From, To);

        var only = Assert.Single(figures);
        Assert.Equal(KpiKind.CallsHandled, only.Kind);
        Assert.Equal(0, only.Value);
        Assert.Equal(0, KpiScorer.Total(KpiScorer.Score(KpiDefaults.Agent, figures)));
    }
}
