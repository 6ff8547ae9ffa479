namespace Hotline.Analytics.Analyses;

/// <summary>A 专题 (topic): keywords looked for in ticket texts and call transcripts over a range of days.</summary>
/// <param name="Keywords">Words or phrases (case-insensitive).</param>
/// <param name="From">First day (tickets by creation day, calls by arrival day).</param>
/// <param name="To">Day after the last.</param>
/// <param name="MatchAll">True: every keyword must occur; false: any one.</param>
public sealed record TopicQuery(IReadOnlyList<string> Keywords, DateOnly From, DateOnly To, bool MatchAll = false);
