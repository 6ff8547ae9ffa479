using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Media.Mixing;

/// <summary>
/// Turns each tick of a <see cref="ConferenceMixer"/> into the two channels of the call recording:
/// left = what the caller said, right = what the agent side said that the whole call heard.
/// </summary>
/// <remarks>
/// <para>Left is the caller's frame while the caller is heard (<see cref="ParticipantRole.Normal"/>), otherwise silence:
/// on hold, muted, a missing frame, or not (yet / any longer) in the mixer, e.g. between transfer legs.</para>
/// <para>Right is everyone else heard by the whole call: the agent, a third party, a barging supervisor (all
/// <see cref="ParticipantRole.Normal"/>), saturated to 16 bits. A party on hold is silent there; music on hold is never
/// recorded. While the caller is on hold the right channel keeps what the agent side says to each other (e.g. a consult with
/// the third party): it was said on the call, and QA needs it to judge the hold.</para>
/// <para>A listening supervisor says nothing to record. A whisper is deliberately left out: only the agent heard it,
/// it is coaching rather than part of the conversation with the citizen, and mixing it in would put words on the agent side
/// that the caller never heard, misleading QA transcripts and scoring. Record whispers separately if they are ever needed.</para>
/// Automatic gain is not applied: the recording keeps each voice at its own level.
/// </remarks>
public sealed class ConferenceRecordingChannels
{
    private readonly ConferenceMixer _mixer;
    private readonly short[] _left = new short[AudioFormat.FrameSamples];
    private readonly short[] _right = new short[AudioFormat.FrameSamples];

    /// <summary>Records a mixer's calls with <paramref name="caller"/> on the left channel (null until the caller joins).</summary>
    public ConferenceRecordingChannels(ConferenceMixer mixer, MixerParticipant? caller)
    {
        ArgumentNullException.ThrowIfNull(mixer);
        _mixer = mixer;
        Caller = caller;
    }

    /// <summary>The participant recorded on the left channel; may change when the caller's leg is replaced.</summary>
    public MixerParticipant? Caller { get; set; }

    /// <summary>The left channel of the last <see cref="Render()"/>.</summary>
    public ReadOnlySpan<short> Left => _left;

    /// <summary>The right channel of the last <see cref="Render()"/>.</summary>
    public ReadOnlySpan<short> Right => _right;

    /// <summary>Fills <see cref="Left"/> and <see cref="Right"/> from the mixer's last tick; call after <see cref="ConferenceMixer.Mix"/>.</summary>
    public void Render() => Render(_left, _right);

    /// <summary>Writes the last tick's channels into caller-supplied frames of at least <see cref="AudioFormat.FrameSamples"/> samples.</summary>
    public void Render(Span<short> left, Span<short> right)
    {
        var caller = Caller;
        if (caller is null)
        {
            left.Clear();
        }
        else
        {
            _mixer.ReadContribution(caller, left);
        }

        _mixer.ReadPublicMix(caller, right);
    }

    /// <summary>Renders the last tick and appends it to <paramref name="recorder"/>.</summary>
    public void WriteTo(CallRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        Render();
        recorder.WriteFrame(_left, _right);
    }
}
