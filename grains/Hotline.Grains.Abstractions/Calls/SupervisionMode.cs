namespace Hotline.Grains.Abstractions.Calls;

/// <summary>How a supervisor joins an agent's call.</summary>
[GenerateSerializer]
public enum SupervisionMode
{
    /// <summary>Silent monitoring.</summary>
    Listen,

    /// <summary>Coaching: only the agent hears the supervisor.</summary>
    Whisper,

    /// <summary>Three-way: everyone hears everyone.</summary>
    Barge,
}
