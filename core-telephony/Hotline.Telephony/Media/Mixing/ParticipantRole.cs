namespace Hotline.Telephony.Media.Mixing;

/// <summary>What a conference participant hears and who hears it.</summary>
public enum ParticipantRole
{
    /// <summary>Hears everyone else and is heard by everyone not on hold (agent, caller, third party, barging supervisor).</summary>
    Normal,

    /// <summary>Hears everyone, is heard by nobody (silent monitoring).</summary>
    Listen,

    /// <summary>Hears everyone, is heard only by its <see cref="MixerParticipant.WhisperTarget"/> (coaching the agent).</summary>
    Whisper,

    /// <summary>Hears everyone, is heard by nobody.</summary>
    Muted,

    /// <summary>Hears only its music on hold (or silence) and is heard by nobody.</summary>
    OnHold,
}
