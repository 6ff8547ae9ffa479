namespace Hotline.Grains.People.Store;

/// <summary>A row of the exam attempts table: the drawn paper (with the questions as they were when drawn) and the results, both JSON.</summary>
public sealed class ExamAttemptRecord
{
    public required string Id { get; set; }
    public required string ExamId { get; set; }
    public required string Employee { get; set; }
    public required string State { get; set; }
    public int Seed { get; set; }
    public long StartedAtUnixMs { get; set; }
    public long DeadlineUnixMs { get; set; }
    public long? SubmittedAtUnixMs { get; set; }
    public required string Paper { get; set; }
    public string Results { get; set; } = "[]";
    public double Score { get; set; }
    public double MaxScore { get; set; }
}
