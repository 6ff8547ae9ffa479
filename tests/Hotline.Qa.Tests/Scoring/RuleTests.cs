using Hotline.Qa.Audio;
using Hotline.Qa.Scoring;
using Hotline.Qa.Scoring.Rules;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Tests.Scoring;

/// <summary>Rule settings beyond the standard card: thresholds, penalties, matching.</summary>
[Trait("Category", "Unit")]
public sealed class RuleTests
{
    private static TranscriptSegment Agent(double start, double end, string text) => new(SpeakerChannel.Agent, start, end, text);

    private static TranscriptSegment Caller(double start, double end, string text) => new(SpeakerChannel.Caller, start, end, text);

    private static ScoringContext Context(params TranscriptSegment[] segments) => ScoringContext.From(new Transcript("c", segments));

    [Fact]
    public void Phrases_match_across_punctuation_spaces_and_case()
    {
        var rule = new OpeningRule(["您好,12328", "Hello"]);

        Assert.Equal(1, rule.Evaluate(Context(Agent(0, 2, "您好 １２３２８？"))).Fraction, 3);
        Assert.Equal(0, rule.Evaluate(Context(Agent(0, 2, "您们好"))).Fraction);
        Assert.Equal(1, rule.Evaluate(Context(Agent(0, 2, "HELLO there"))).Fraction);
    }

    [Fact]
    public void A_greeting_after_the_window_does_not_count_and_the_caller_saying_it_does_not_count()
    {
        var rule = new OpeningRule(["您好"], WithinSeconds: 10);

        Assert.Equal(0, rule.Evaluate(Context(Caller(0, 1, "您好"), Agent(2, 4, "说吧"), Agent(13, 15, "您好"))).Fraction);
        Assert.Equal(0, rule.Evaluate(Context(Caller(0, 1, "您好"))).Fraction);
    }

    [Fact]
    public void Forbidden_phrases_cost_their_penalty_per_occurrence_and_only_on_the_agent_channel()
    {
        var rule = new ForbiddenPhraseRule(["不知道"], PenaltyPerHit: 0.3);

        Assert.Equal(1, rule.Evaluate(Context(Caller(0, 2, "我不知道怎么办"))).Fraction);
        Assert.Equal(0.7, rule.Evaluate(Context(Agent(0, 2, "不知道"))).Fraction, 6);
        Assert.Equal(0.4, rule.Evaluate(Context(Agent(0, 2, "不知道"), Agent(3, 4, "真不知道"))).Fraction, 6);
        Assert.Equal(0, rule.Evaluate(Context(Agent(0, 1, "不知道"), Agent(2, 3, "不知道"), Agent(4, 5, "不知道"), Agent(6, 7, "不知道"))).Fraction);
    }

    [Fact]
    public void Empathy_counts_phrases_only_after_the_caller_gets_upset()
    {
        var rule = new EmpathyRule(["抱歉"], ["气死了"], Minimum: 2);

        var early = rule.Evaluate(Context(Agent(0, 1, "抱歉久等"), Caller(2, 3, "气死了"), Agent(4, 5, "抱歉")));
        var full = rule.Evaluate(Context(Caller(0, 1, "气死了"), Agent(2, 3, "抱歉抱歉")));

        Assert.Equal(0.5, early.Fraction);
        Assert.Equal(1, full.Fraction);
        Assert.True(rule.Evaluate(Context(Agent(0, 1, "你好"))).NotApplicable);
        Assert.Equal(0, new EmpathyRule(["抱歉"], [], 1).Evaluate(Context(Agent(0, 1, "你好"))).Fraction);
    }

    [Fact]
    public void Silences_are_measured_between_speech_of_either_party_minus_holds()
    {
        var holds = new[] { new SpeechSpan(20, 40) };
        var timeline = ConversationTimeline.FromTranscript(new Transcript("c", [Agent(0, 5, "a"), Caller(4, 8, "b"), Agent(19, 20, "c"), Agent(52, 53, "d")]), holds);

        Assert.Equal([new SpeechSpan(8, 19), new SpeechSpan(40, 52)], timeline.Silences);
        var rule = new DeadAirRule(ThresholdSeconds: 10, Allowed: 1, PenaltyPerExtra: 0.4);
        Assert.Equal(0.6, rule.Evaluate(new ScoringContext(new Transcript("c", []), timeline)).Fraction, 6);
        Assert.Equal(53, timeline.Duration);
    }

    [Fact]
    public void Talk_over_counts_the_agent_starting_over_the_caller_not_short_back_channels()
    {
        var timeline = ConversationTimeline.FromTranscript(new Transcript("c",
        [
            Caller(0, 10, "我跟你说这个事情"), Agent(4, 6, "你听我说"), Agent(9.5, 11, "嗯"), Caller(10.5, 12, "你别打断我"),
        ]), []);

        Assert.Equal(3, timeline.TalkOvers.Count);
        Assert.Equal([SpeakerChannel.Agent, SpeakerChannel.Agent, SpeakerChannel.Caller], timeline.TalkOvers.Select(t => t.Interrupter));
        var outcome = new TalkOverRule(MinimumSeconds: 1, Allowed: 0, PenaltyPerExtra: 0.5).Evaluate(new ScoringContext(new Transcript("c", []), timeline));
        Assert.Equal(0.5, outcome.Fraction);
        Assert.Equal(4, Assert.Single(outcome.Evidence).Start);
    }

    [Fact]
    public void Holds_within_limits_pass_and_each_breach_halves()
    {
        var rule = new HoldRule(MaxSingleSeconds: 60, MaxTotalSeconds: 100);
        ScoringContext With(params SpeechSpan[] holds) => ScoringContext.From(new Transcript("c", []), holds);

        Assert.Equal(1, rule.Evaluate(With(new SpeechSpan(0, 30), new SpeechSpan(40, 70))).Fraction);
        Assert.Equal(0.5, rule.Evaluate(With(new SpeechSpan(0, 70))).Fraction);
        Assert.Equal(0.5, rule.Evaluate(With(new SpeechSpan(0, 55), new SpeechSpan(60, 115))).Fraction);
        Assert.Equal(0, rule.Evaluate(With(new SpeechSpan(0, 90), new SpeechSpan(100, 150))).Fraction);
    }

    [Fact]
    public void An_unanswered_identity_question_earns_half_and_none_earns_nothing()
    {
        var rule = new IdentityVerificationRule(["您贵姓"], AnswerWithinSeconds: 5);

        Assert.Equal(1, rule.Evaluate(Context(Agent(0, 2, "请问您贵姓"), Caller(3, 4, "姓张"))).Fraction);
        Assert.Equal(0.5, rule.Evaluate(Context(Agent(0, 2, "请问您贵姓"), Caller(8, 9, "姓张"))).Fraction);
        Assert.Equal(0, rule.Evaluate(Context(Agent(0, 2, "请讲"), Caller(3, 4, "姓张"))).Fraction);
    }
}
