namespace Hotline.Grains.Abstractions.Calls;

/// <summary>The phases of a call's life in the contact centre.</summary>
[GenerateSerializer]
public enum CallPhase
{
    Offered,
    Ivr,
    Queued,
    RingingAgent,
    Talking,
    Held,
    Consult,
    Conference,
    WrapUp,
    Ended,
}
