using Hotline.Qa.Audio;
using Hotline.Qa.Learning;
using Hotline.Qa.Review;
using Hotline.Qa.Scoring;
using Hotline.Qa.Transcripts;
using Hotline.Qa.Work;

namespace Hotline.Portal.Qa;

/// <summary>Everything QA knows about a call: where it is in the queue, the transcript, the audio metrics, the score with its evidence, the model's view and the review.</summary>
/// <param name="CallId">The call.</param>
/// <param name="Status">Queued, Transcribing, Done or Failed (null when the call never entered the queue).</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="Transcript">The segments (null without a model).</param>
/// <param name="Metrics">Talk, silence, talk-over, hold and latency.</param>
/// <param name="Score">Per item: points, status, note and the evidence spans (start/end seconds in the recording).</param>
/// <param name="Prediction">The quality model's overall score and review flag.</param>
/// <param name="Review">The inspectors' review, when the call was sampled.</param>
public sealed record QaCallResponse(
    string CallId,
    QaCallStatus? Status,
    string? Reason,
    IReadOnlyList<TranscriptSegment>? Transcript,
    ConversationMetrics? Metrics,
    CallScore? Score,
    QualityPrediction? Prediction,
    CallReview? Review);
