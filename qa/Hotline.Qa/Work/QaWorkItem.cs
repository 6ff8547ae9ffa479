namespace Hotline.Qa.Work;

/// <summary>A call to transcribe and score: its recording (absolute, or relative to the data folder), arrival time, and what scoring needs from its CDR.</summary>
/// <param name="CallId">The call.</param>
/// <param name="RecordingPath">The stereo recording (left caller, right agent).</param>
/// <param name="CallArrivedAt">When the call arrived (analytics partitions transcripts by it).</param>
/// <param name="AgentId">The agent who answered (empty when unknown).</param>
/// <param name="Queue">The queue that answered (empty when unknown).</param>
/// <param name="Complaint">The caller chose the complaint branch (投诉举报), so every such call is sampled for review.</param>
public sealed record QaWorkItem(string CallId, string RecordingPath, DateTimeOffset CallArrivedAt, string AgentId = "", string Queue = "", bool Complaint = false);
