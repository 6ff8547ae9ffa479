namespace Hotline.Telephony.Media.Rtp;

/// <summary>What a pull from the <see cref="JitterBuffer"/> yielded for this 20 ms tick.</summary>
public enum JitterFrameStatus
{
    /// <summary>A frame to play: its payload was copied to the destination.</summary>
    Frame,

    /// <summary>The frame due now never arrived (lost or too late) while later ones did: conceal it (PLC or silence).</summary>
    Lost,

    /// <summary>The buffer ran dry while playing: play silence; playout resumes once the target depth is buffered again.</summary>
    Underflow,

    /// <summary>Filling up to the target depth before playout (at the start, or after an underflow or restart): play silence.</summary>
    Buffering,
}
