using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Media.Mixing;

/// <summary>
/// One leg in a <see cref="ConferenceMixer"/>: its role, the input frame submitted for the next tick and the output frame
/// produced by the last tick. Created by <see cref="ConferenceMixer.Add"/>.
/// </summary>
public sealed class MixerParticipant
{
    private readonly short[] _input = new short[AudioFormat.FrameSamples];
    private readonly short[] _output = new short[AudioFormat.FrameSamples];

    internal MixerParticipant(ConferenceMixer mixer, string name, ParticipantRole role)
    {
        Mixer = mixer;
        Name = name;
        Role = role;
    }

    /// <summary>A label for logs and tests (e.g. "caller", "agent 8001").</summary>
    public string Name { get; }

    /// <summary>What this participant hears and who hears it.</summary>
    public ParticipantRole Role { get; private set; }

    /// <summary>The only participant that hears this one while <see cref="Role"/> is <see cref="ParticipantRole.Whisper"/>.</summary>
    public MixerParticipant? WhisperTarget { get; private set; }

    /// <summary>What this participant hears while <see cref="Role"/> is <see cref="ParticipantRole.OnHold"/>; null for silence.</summary>
    public IAudioSource? MusicOnHold { get; private set; }

    /// <summary>False once removed from its mixer.</summary>
    public bool IsInMixer { get; internal set; } = true;

    /// <summary>True when an input frame has been submitted for the coming tick.</summary>
    public bool HasInput { get; private set; }

    /// <summary>What this participant hears, as produced by the last <see cref="ConferenceMixer.Mix"/>.</summary>
    public ReadOnlySpan<short> Output => _output;

    /// <summary>The gain the automatic gain control applied to the last output frame (1 = untouched).</summary>
    public float Gain { get; internal set; } = 1f;

    internal ConferenceMixer Mixer { get; }

    internal short[] InputBuffer => _input;

    internal short[] OutputBuffer => _output;

    /// <summary>True when the last tick mixed this participant's voice into what others hear.</summary>
    internal bool HeardLastTick { get; set; }

    /// <summary>
    /// Hands over this participant's frame for the next tick (copied). A shorter frame is padded with silence; a longer
    /// one is cut to <see cref="AudioFormat.FrameSamples"/>.
    /// </summary>
    public void Submit(ReadOnlySpan<short> frame)
    {
        EnsureInMixer();
        var count = Math.Min(frame.Length, _input.Length);
        frame[..count].CopyTo(_input);
        _input.AsSpan(count).Clear();
        HasInput = true;
    }

    /// <summary>Marks this tick's frame as missing (lost packet, no media yet): the participant contributes silence.</summary>
    public void SubmitMissing()
    {
        EnsureInMixer();
        HasInput = false;
    }

    /// <summary>Switches to <see cref="ParticipantRole.Normal"/>, <see cref="ParticipantRole.Listen"/>, <see cref="ParticipantRole.Muted"/> or silent hold.</summary>
    /// <exception cref="ArgumentException">For <see cref="ParticipantRole.Whisper"/>, which needs a target: use <see cref="WhisperTo"/>.</exception>
    public void SetRole(ParticipantRole role)
    {
        EnsureInMixer();
        if (role == ParticipantRole.Whisper)
        {
            throw new ArgumentException("A whisper needs a target: use WhisperTo.", nameof(role));
        }

        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown participant role.");
        }

        Role = role;
        WhisperTarget = null;
        MusicOnHold = null;
    }

    /// <summary>Whispers to <paramref name="target"/>: this participant hears everyone and only the target hears it.</summary>
    public void WhisperTo(MixerParticipant target)
    {
        ArgumentNullException.ThrowIfNull(target);
        EnsureInMixer();
        if (ReferenceEquals(target, this))
        {
            throw new ArgumentException("A participant cannot whisper to itself.", nameof(target));
        }

        if (!ReferenceEquals(target.Mixer, Mixer) || !target.IsInMixer)
        {
            throw new ArgumentException("The whisper target must be in the same mixer.", nameof(target));
        }

        Role = ParticipantRole.Whisper;
        WhisperTarget = target;
        MusicOnHold = null;
    }

    /// <summary>Puts this participant on hold: it hears <paramref name="musicOnHold"/> (silence when null or finished) and is not heard.</summary>
    public void PutOnHold(IAudioSource? musicOnHold = null)
    {
        EnsureInMixer();
        Role = ParticipantRole.OnHold;
        WhisperTarget = null;
        MusicOnHold = musicOnHold;
    }

    /// <inheritdoc />
    public override string ToString() => WhisperTarget is { } target ? $"{Name} ({Role} to {target.Name})" : $"{Name} ({Role})";

    internal void ConsumeInput() => HasInput = false;

    /// <summary>Called by the mixer on removal: a whisper whose target left becomes a silent listen.</summary>
    internal void ForgetTarget(MixerParticipant removed)
    {
        if (ReferenceEquals(WhisperTarget, removed))
        {
            Role = ParticipantRole.Listen;
            WhisperTarget = null;
        }
    }

    private void EnsureInMixer()
    {
        if (!IsInMixer)
        {
            throw new InvalidOperationException($"Participant \"{Name}\" has been removed from its mixer.");
        }
    }
}
