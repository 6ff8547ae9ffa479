using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>身份核实: the agent asks for the caller's identity (name, phone …) and the caller answers within a few seconds.</summary>
/// <param name="Prompts">What counts as asking, e.g. "请问您贵姓", "您的联系电话".</param>
/// <param name="AnswerWithinSeconds">The caller must speak within this long after the question ends; asking without an answer earns half.</param>
public sealed record IdentityVerificationRule(IReadOnlyList<string> Prompts, double AnswerWithinSeconds = 20) : ScoreRule
{
    /// <inheritdoc />
    public override RuleOutcome Evaluate(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var segments = context.Transcript.Segments;
        var asked = PhraseMatcher.Find(segments.Where(s => s.Channel == SpeakerChannel.Agent), Prompts);
        foreach (var (question, _) in asked)
        {
            var answer = segments.Where(s => s.Channel == SpeakerChannel.Caller && s.Start >= question.Start && s.Start <= question.End + AnswerWithinSeconds)
                .OrderBy(s => s.Start).FirstOrDefault();
            if (answer is not null)
                return new RuleOutcome(1, [PhraseMatcher.Evidence(question), PhraseMatcher.Evidence(answer)], ScoringText.IdentityVerified);
        }

        return asked.Count > 0
            ? new RuleOutcome(0.5, [PhraseMatcher.Evidence(asked[0].Segment)], ScoringText.IdentityUnanswered)
            : new RuleOutcome(0, [], ScoringText.IdentityMissing);
    }

    /// <inheritdoc />
    public override string? Problem() => Prompts is { Count: > 0 } && AnswerWithinSeconds > 0 ? null : "an identity rule needs prompts and a positive answerWithinSeconds";
}
