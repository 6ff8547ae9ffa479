namespace Hotline.Grains.Abstractions.Queues;

/// <summary>A queue's live figures for the wallboard.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.QueueSnapshot")]
public sealed record QueueSnapshot(
    [property: Id(0)] string Name,
    [property: Id(1)] int Waiting,
    [property: Id(2)] TimeSpan LongestWait,
    [property: Id(3)] int ReadyAgents,
    [property: Id(4)] int Offered,
    [property: Id(5)] int Answered,
    [property: Id(6)] int AnsweredWithinTarget,
    [property: Id(7)] int Abandoned)
{
    /// <summary>Answered within target as a share of answered plus abandoned after the target (0–1; 1 with no calls).</summary>
    public double ServiceLevel => Answered + Abandoned == 0 ? 1 : (double)AnsweredWithinTarget / (Answered + Abandoned);
}
