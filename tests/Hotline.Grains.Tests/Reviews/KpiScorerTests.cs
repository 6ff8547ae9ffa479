using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Reviews;

namespace Hotline.Grains.Tests.Reviews;

[Trait("Category", "Unit")]
public sealed class KpiScorerTests
{
    private static readonly DateOnly From = new(2026, 10, 1);
    private static readonly DateOnly To = new(2026, 10, 31);

    internal static KpiFigure Figure(KpiKind kind, double value) => new() { Kind = kind, Value = value, Source = "test", From = From, To = To };

    // An October of agent 8001, as analytics would report it.
    internal static IReadOnlyList<KpiFigure> October { get; } =
    [
        Figure(KpiKind.CallsHandled, 1500),            // 125 % of 1200, capped at 120
        Figure(KpiKind.AverageHandleTime, 240),        // lower is better: 300 / 240 = 125 %, capped at 120
        Figure(KpiKind.ServiceLevelContribution, 0.72), // 90 %
        Figure(KpiKind.QaAverage, 88.4),               // 104 %, capped at 100
        Figure(KpiKind.Satisfaction, 0.81),            // 90 %
        Figure(KpiKind.TicketTimeliness, 0.95),        // 100 %
        Figure(KpiKind.Adherence, 0.855),              // 95 %
        // no exam results: 0
    ];

    [Fact]
    public void The_default_agent_scheme_scores_figures_as_computed_by_hand()
    {
        var scores = KpiScorer.Score(KpiDefaults.Agent, October);

        // Each line: weight × min(cap, attainment) — written out independently of the scorer.
        double[] expected =
        [
            0.15 * Math.Min(120, 1500.0 / 1200 * 100),
            0.10 * Math.Min(120, 300.0 / 240 * 100),
            0.10 * Math.Min(100, 0.72 / 0.8 * 100),
            0.20 * Math.Min(100, 88.4 / 85 * 100),
            0.15 * Math.Min(100, 0.81 / 0.9 * 100),
            0.10 * Math.Min(100, 0.95 / 0.95 * 100),
            0.10 * Math.Min(100, 0.855 / 0.9 * 100),
            0,
        ];
        Assert.Equal(expected.Length, scores.Count);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], scores[i].WeightedPoints, 9);
        Assert.Equal(18 + 12 + 9 + 20 + 13.5 + 10 + 9.5 + 0, KpiScorer.Total(scores), 9);
    }

    [Fact]
    public void Each_score_keeps_its_evidence_and_a_missing_figure_says_so()
    {
        var scores = KpiScorer.Score(KpiDefaults.Agent, October);

        var calls = scores.Single(s => s.Definition.Kind == KpiKind.CallsHandled);
        Assert.Equal(1500, calls.Actual);
        Assert.Same(October[0], calls.Evidence);
        var exams = scores.Single(s => s.Definition.Kind == KpiKind.ExamResults);
        Assert.Null(exams.Actual);
        Assert.Null(exams.Evidence);
        Assert.Equal(0, exams.AttainmentPercent);
    }

    [Theory]
    [InlineData(600, 50)]   // twice the target handle time: half the attainment
    [InlineData(300, 100)]
    [InlineData(100, 120)]  // far quicker than target: capped
    [InlineData(0, 0)]      // no calls: nothing to reward
    public void Lower_is_better_attainment_is_target_over_actual_capped(double actual, double expected)
    {
        var aht = KpiDefaults.Agent.Kpis.Single(k => k.Kind == KpiKind.AverageHandleTime);

        Assert.Equal(expected, KpiScorer.Attainment(aht, actual), 9);
    }

    [Fact]
    public void Two_figures_for_one_kpi_or_a_negative_one_are_refused()
    {
        Assert.Contains("CallsHandled", Assert.Throws<PeopleValidationException>(() =>
            KpiScorer.Score(KpiDefaults.Agent, [Figure(KpiKind.CallsHandled, 1), Figure(KpiKind.CallsHandled, 2)])).Message, StringComparison.Ordinal);
        Assert.Contains("QaAverage", Assert.Throws<PeopleValidationException>(() =>
            KpiScorer.Score(KpiDefaults.Agent, [Figure(KpiKind.QaAverage, -1)])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_schemes_are_valid()
    {
        foreach (var scheme in KpiDefaults.Schemes)
            KpiSchemeValidator.Validate(scheme);
    }

    [Fact]
    public void Schemes_with_bad_weights_targets_or_repeats_are_refused()
    {
        var kpis = KpiDefaults.Agent.Kpis;
        Assert.Contains("sum to", Assert.Throws<PeopleValidationException>(() =>
            KpiSchemeValidator.Validate(new KpiScheme("agent", [.. kpis.Skip(1)]))).Message, StringComparison.Ordinal);
        Assert.Contains("more than once", Assert.Throws<PeopleValidationException>(() =>
            KpiSchemeValidator.Validate(new KpiScheme("agent", [kpis[0] with { Weight = 0.5 }, kpis[0] with { Weight = 0.5 }]))).Message, StringComparison.Ordinal);
        Assert.Contains("target 0", Assert.Throws<PeopleValidationException>(() =>
            KpiSchemeValidator.Validate(new KpiScheme("agent", [kpis[0] with { Weight = 1, Target = 0 }]))).Message, StringComparison.Ordinal);
        Assert.Contains("cap 90", Assert.Throws<PeopleValidationException>(() =>
            KpiSchemeValidator.Validate(new KpiScheme("agent", [kpis[0] with { Weight = 1, CapPercent = 90 }]))).Message, StringComparison.Ordinal);
    }
}
