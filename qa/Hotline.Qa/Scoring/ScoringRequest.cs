using Hotline.Qa.Audio;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring;

/// <summary>A transcribed call to score, with what the rules and the sampling need to know about it.</summary>
/// <param name="Transcript">Both channels.</param>
/// <param name="AgentId">Who took the call.</param>
/// <param name="ArrivedAt">When it arrived.</param>
/// <param name="Queue">The queue that answered.</param>
/// <param name="Holds">When the caller was on hold (seconds from the start of the recording).</param>
/// <param name="Ticket">The ticket's fields when the call produced one.</param>
/// <param name="IsComplaint">A complaint came from the call.</param>
/// <param name="AgentStartedOn">The agent's first working day, when known.</param>
/// <param name="HasText">False when <paramref name="Transcript"/> is detected speech without words (no model).</param>
public sealed record ScoringRequest(
    Transcript Transcript,
    string AgentId,
    DateTimeOffset ArrivedAt,
    string Queue,
    IReadOnlyList<SpeechSpan> Holds,
    IReadOnlyDictionary<string, string>? Ticket,
    bool IsComplaint,
    DateOnly? AgentStartedOn,
    bool HasText = true);
