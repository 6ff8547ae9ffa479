namespace Hotline.Qa.Work;

/// <summary>A call to transcribe: its recording (absolute, or relative to the data folder) and arrival time.</summary>
public sealed record QaWorkItem(string CallId, string RecordingPath, DateTimeOffset CallArrivedAt);
