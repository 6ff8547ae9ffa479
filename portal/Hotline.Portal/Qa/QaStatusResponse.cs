using Hotline.Qa.Work;

namespace Hotline.Portal.Qa;

/// <summary>QA at a glance: whether speech is transcribed (and the portal's wording), and the work queue.</summary>
/// <param name="TranscriptionAvailable">True when a Whisper model is loaded.</param>
/// <param name="Message">"未配置语音识别模型", why the model failed to load, or that it is loaded.</param>
/// <param name="Queue">Calls by status, and the backlog limit.</param>
/// <param name="ModelVersion">The quality model version in use (null before the first training).</param>
public sealed record QaStatusResponse(bool TranscriptionAvailable, string Message, QaQueueProgress Queue, int? ModelVersion);
