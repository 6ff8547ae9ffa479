using Hotline.Qa.Review;

namespace Hotline.Qa.Tests.Review;

[Trait("Category", "Unit")]
public sealed class SamplingPolicyTests
{
    private static readonly DateTimeOffset Arrived = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));

    private static ReviewCandidate Call(string id, double score = 85, bool flagged = false, bool complaint = false, DateOnly? started = null) =>
        new(id, "8001", Arrived, score, flagged, complaint, started);

    [Fact]
    public void Every_rule_names_itself_and_the_most_urgent_comes_first()
    {
        var policy = new SamplingPolicy(new SamplingSettings(RandomPercent: 0));

        Assert.Empty(policy.Reasons(Call("c1")));
        Assert.Equal([SamplingReason.LowScore], policy.Reasons(Call("c2", score: 59.5)));
        Assert.Equal([SamplingReason.ModelFlag], policy.Reasons(Call("c3", flagged: true)));
        Assert.Equal([SamplingReason.Complaint, SamplingReason.LowScore], policy.Reasons(Call("c4", score: 40, complaint: true)));
        Assert.Equal([SamplingReason.NewAgent], policy.Reasons(Call("c5", started: new DateOnly(2026, 1, 5))));
        Assert.Empty(policy.Reasons(Call("c6", started: new DateOnly(2025, 6, 1))));
    }

    [Fact]
    public void Switched_off_rules_select_nothing()
    {
        var policy = new SamplingPolicy(new SamplingSettings(LowScoreBelow: 0, RandomPercent: 0, NewAgentDays: 0, Complaints: false, ModelFlags: false));

        Assert.Empty(policy.Reasons(Call("c1", score: 10, flagged: true, complaint: true, started: new DateOnly(2026, 3, 9))));
    }

    [Fact]
    public void The_random_share_is_close_to_the_setting_and_repeatable()
    {
        var policy = new SamplingPolicy(new SamplingSettings(RandomPercent: 5));
        var calls = Enumerable.Range(0, 20_000).Select(i => Call($"call-{i}")).ToList();

        var picked = calls.Count(c => policy.Reasons(c).Contains(SamplingReason.Random));
        var again = calls.Count(c => policy.Reasons(c).Contains(SamplingReason.Random));

        Assert.InRange(picked, 900, 1100);
        Assert.Equal(picked, again);
    }
}
