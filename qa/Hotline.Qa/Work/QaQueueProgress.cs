namespace Hotline.Qa.Work;

/// <summary>Counts of calls by status, and the backlog limit at which enqueuing waits.</summary>
public sealed record QaQueueProgress(int Queued, int Transcribing, int Done, int Failed, int Capacity);
