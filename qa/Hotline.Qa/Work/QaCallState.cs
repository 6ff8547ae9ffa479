namespace Hotline.Qa.Work;

/// <summary>The latest journal line of one call: its status, the reason when failed, and the lease when transcribing.</summary>
public sealed record QaCallState(QaWorkItem Item, QaCallStatus Status, string Reason, int Attempts, string Worker, DateTimeOffset At);
