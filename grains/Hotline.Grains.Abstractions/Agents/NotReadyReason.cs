namespace Hotline.Grains.Abstractions.Agents;

/// <summary>Why an agent is not ready (reason codes reported on the wallboard and in adherence).</summary>
[GenerateSerializer]
public enum NotReadyReason
{
    Break,
    Meeting,
    Training,
    AfterCallWork,
    /// <summary>Set by the ACD when an offered call was not answered in time.</summary>
    NoAnswer,
    Other,
}
