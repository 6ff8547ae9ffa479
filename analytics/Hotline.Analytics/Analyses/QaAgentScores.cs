namespace Hotline.Analytics.Analyses;

/// <summary>One agent's QA scores over a range of days, on a 0–100 scale (score ÷ max score × 100).</summary>
/// <param name="Agent">The agent id.</param>
/// <param name="Scored">Scores given.</param>
/// <param name="ScoreSum">Their sum, 0–100 each.</param>
/// <param name="Passed">Scores at or above the pass mark.</param>
/// <param name="Bands">Scores per band: ≥ 90, 80–89.9, 70–79.9, below 70.</param>
public sealed record QaAgentScores(string Agent, long Scored, double ScoreSum, long Passed, IReadOnlyList<long> Bands)
{
    /// <summary>The mean score, 0 without scores.</summary>
    public double Average => Scored == 0 ? 0 : ScoreSum / Scored;
}
