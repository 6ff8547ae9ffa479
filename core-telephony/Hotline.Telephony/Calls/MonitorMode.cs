namespace Hotline.Telephony.Calls;

/// <summary>How a supervisor joins an agent's call.</summary>
public enum MonitorMode
{
    /// <summary>Silent monitoring: the supervisor hears both, nobody hears the supervisor.</summary>
    Listen,

    /// <summary>Coaching: the agent hears the supervisor, the caller does not.</summary>
    Whisper,

    /// <summary>Barge-in: a three-way call, everyone hears everyone.</summary>
    Barge,
}
