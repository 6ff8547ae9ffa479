namespace Hotline.Qa.Review;

/// <summary>An agent's appeal (申诉) against a reviewed score, and the QA lead's decision.</summary>
/// <param name="Reason">What the agent says is wrong.</param>
/// <param name="FiledAt">When the agent appealed.</param>
/// <param name="Upheld">True: the appeal succeeded; null while undecided.</param>
/// <param name="Decision">The QA lead's comment.</param>
/// <param name="DecidedBy">The QA lead.</param>
/// <param name="DecidedAt">When.</param>
public sealed record Appeal(string Reason, DateTimeOffset FiledAt, bool? Upheld = null, string? Decision = null, string? DecidedBy = null, DateTimeOffset? DecidedAt = null);
