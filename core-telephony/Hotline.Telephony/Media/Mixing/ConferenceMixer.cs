using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Media.Mixing;

/// <summary>
/// Mixes 20 ms PCM frames for a conference (three-way calls, supervisor listen / whisper / barge) with N-1 mixing:
/// each participant hears the sum of everyone it may hear, never its own voice, saturated to 16 bits and optionally
/// scaled down by an automatic gain when several talkers would clip.
/// </summary>
/// <remarks>
/// Each tick: every participant <see cref="MixerParticipant.Submit"/>s its frame (or nothing / <see cref="MixerParticipant.SubmitMissing"/>
/// for silence), then <see cref="Mix"/> runs and each <see cref="MixerParticipant.Output"/> holds what that participant hears.
/// Buffers are allocated when participants are added, so a tick allocates nothing. Not thread-safe: one media clock drives it.
/// Who hears whom: a <see cref="ParticipantRole.Normal"/> participant is heard by everyone not on hold; a
/// <see cref="ParticipantRole.Whisper"/> participant only by its target; <see cref="ParticipantRole.Listen"/>,
/// <see cref="ParticipantRole.Muted"/> and <see cref="ParticipantRole.OnHold"/> participants by nobody. Everyone except a
/// participant on hold hears all that is audible to it; a participant on hold hears only its music on hold.
/// A barging supervisor is simply <see cref="ParticipantRole.Normal"/>.
/// </remarks>
public sealed class ConferenceMixer
{
    /// <summary>The most participants one mixer takes; keeps the 32-bit sums far from overflow.</summary>
    public const int MaxParticipants = 1024;

    private readonly List<MixerParticipant> _participants;
    private readonly int[] _publicSum = new int[AudioFormat.FrameSamples];
    private readonly int[] _scratch = new int[AudioFormat.FrameSamples];
    private readonly bool _automaticGain;
    private readonly float _gainRecovery;
    private long _ticks;

    /// <summary>Creates an empty mixer.</summary>
    public ConferenceMixer(ConferenceMixerOptions? options = null)
    {
        options ??= new ConferenceMixerOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.InitialCapacity, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.GainRecoveryPerFrame, nameof(options));
        _participants = new List<MixerParticipant>(options.InitialCapacity);
        _automaticGain = options.AutomaticGain;
        _gainRecovery = options.GainRecoveryPerFrame;
    }

    /// <summary>The participants currently in the mix, in the order they joined.</summary>
    public IReadOnlyList<MixerParticipant> Participants => _participants;

    /// <summary>How many ticks have been mixed.</summary>
    public long Ticks => _ticks;

    /// <summary>Adds a participant, effective from the next tick. Use <see cref="MixerParticipant.WhisperTo"/> or <see cref="MixerParticipant.PutOnHold"/> for those roles.</summary>
    public MixerParticipant Add(string name, ParticipantRole role = ParticipantRole.Normal)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (_participants.Count >= MaxParticipants)
        {
            throw new InvalidOperationException($"A conference mixer takes at most {MaxParticipants} participants.");
        }

        var participant = new MixerParticipant(this, name, ParticipantRole.Normal);
        participant.SetRole(role);
        _participants.Add(participant);
        return participant;
    }

    /// <summary>
    /// Removes a participant, effective from the next tick; anyone whispering to it falls back to
    /// <see cref="ParticipantRole.Listen"/>. Returns false when it was not in this mixer.
    /// </summary>
    public bool Remove(MixerParticipant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (!ReferenceEquals(participant.Mixer, this) || !_participants.Remove(participant))
        {
            return false;
        }

        participant.IsInMixer = false;
        participant.HeardLastTick = false;
        for (var i = 0; i < _participants.Count; i++)
        {
            _participants[i].ForgetTarget(participant);
        }

        return true;
    }

    /// <summary>
    /// Mixes one tick: consumes every participant's submitted frame (a participant that submitted nothing contributes
    /// silence) and fills every participant's <see cref="MixerParticipant.Output"/>.
    /// </summary>
    public void Mix()
    {
        var publicSum = _publicSum.AsSpan();
        publicSum.Clear();
        for (var i = 0; i < _participants.Count; i++)
        {
            var p = _participants[i];
            if (!p.HasInput)
            {
                p.InputBuffer.AsSpan().Clear();
            }

            p.HeardLastTick = p.Role == ParticipantRole.Normal && p.HasInput;
            if (p.HeardLastTick)
            {
                Add(publicSum, p.InputBuffer);
            }
        }

        for (var i = 0; i < _participants.Count; i++)
        {
            var p = _participants[i];
            if (p.Role == ParticipantRole.OnHold)
            {
                var output = p.OutputBuffer.AsSpan();
                if (p.MusicOnHold is not { } music || !music.ReadFrame(output))
                {
                    output.Clear();
                }

                p.Gain = 1f;
                continue;
            }

            var sum = _scratch.AsSpan();
            publicSum.CopyTo(sum);
            if (p.HeardLastTick)
            {
                Subtract(sum, p.InputBuffer);
            }

            for (var j = 0; j < _participants.Count; j++)
            {
                var q = _participants[j];
                if (q.Role == ParticipantRole.Whisper && q.HasInput && ReferenceEquals(q.WhisperTarget, p))
                {
                    Add(sum, q.InputBuffer);
                }
            }

            WriteOutput(p, sum);
        }

        for (var i = 0; i < _participants.Count; i++)
        {
            _participants[i].ConsumeInput();
        }

        _ticks++;
    }

    /// <summary>
    /// The voice of everyone heard by the whole conference in the last tick, except <paramref name="excluded"/>
    /// (null for none), saturated: what a participant who is not on hold and has no whisperer heard, before automatic gain.
    /// </summary>
    public void ReadPublicMix(MixerParticipant? excluded, Span<short> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, AudioFormat.FrameSamples, nameof(destination));
        var subtract = excluded is not null && ReferenceEquals(excluded.Mixer, this) && excluded.IsInMixer && excluded.HeardLastTick;
        var own = subtract ? excluded!.InputBuffer : null;
        for (var n = 0; n < AudioFormat.FrameSamples; n++)
        {
            var value = own is null ? _publicSum[n] : _publicSum[n] - own[n];
            destination[n] = Saturate(value);
        }

        destination[AudioFormat.FrameSamples..].Clear();
    }

    /// <summary>
    /// The voice a participant contributed to the conference in the last tick: its frame when it was heard by everyone
    /// (<see cref="ParticipantRole.Normal"/>), otherwise silence (listening, whispering, muted, on hold, missing frame, removed).
    /// </summary>
    public void ReadContribution(MixerParticipant participant, Span<short> destination)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, AudioFormat.FrameSamples, nameof(destination));
        if (ReferenceEquals(participant.Mixer, this) && participant.IsInMixer && participant.HeardLastTick)
        {
            participant.InputBuffer.AsSpan().CopyTo(destination);
            destination[AudioFormat.FrameSamples..].Clear();
        }
        else
        {
            destination.Clear();
        }
    }

    private void WriteOutput(MixerParticipant p, Span<int> sum)
    {
        var output = p.OutputBuffer.AsSpan();
        if (!_automaticGain)
        {
            for (var n = 0; n < output.Length; n++)
            {
                output[n] = Saturate(sum[n]);
            }

            return;
        }

        var peak = 0;
        for (var n = 0; n < sum.Length; n++)
        {
            var magnitude = Math.Abs(sum[n]);
            if (magnitude > peak)
            {
                peak = magnitude;
            }
        }

        // Attack at once to the gain that fits this frame, recover slowly so speech does not pump.
        var fits = peak > short.MaxValue ? (float)short.MaxValue / peak : 1f;
        var gain = Math.Min(fits, Math.Min(1f, p.Gain + _gainRecovery));
        p.Gain = gain;
        if (gain >= 1f)
        {
            for (var n = 0; n < output.Length; n++)
            {
                output[n] = Saturate(sum[n]);
            }
        }
        else
        {
            for (var n = 0; n < output.Length; n++)
            {
                output[n] = Saturate((int)(sum[n] * gain));
            }
        }
    }

    private static void Add(Span<int> sum, ReadOnlySpan<short> frame)
    {
        for (var n = 0; n < sum.Length; n++)
        {
            sum[n] += frame[n];
        }
    }

    private static void Subtract(Span<int> sum, ReadOnlySpan<short> frame)
    {
        for (var n = 0; n < sum.Length; n++)
        {
            sum[n] -= frame[n];
        }
    }

    private static short Saturate(int value) => (short)Math.Clamp(value, short.MinValue, short.MaxValue);
}
