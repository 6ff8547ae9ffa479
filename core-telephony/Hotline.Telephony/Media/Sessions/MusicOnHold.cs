using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Media.Sessions;

/// <summary>The platform's own music on hold: a slow, quiet arpeggio, generated so no audio file has to ship.</summary>
internal static class MusicOnHold
{
    // C major and A minor arpeggios (Hz); each note 400 ms with a 100 ms rest, at −24 dBm0 so it never startles.
    private static readonly double[] Notes = [523.25, 659.25, 783.99, 659.25, 440.00, 523.25, 659.25, 523.25];

    public static short[] Generate()
    {
        var note = AudioFormat.SamplesFor(TimeSpan.FromMilliseconds(400));
        var rest = AudioFormat.SamplesFor(TimeSpan.FromMilliseconds(100));
        var samples = new short[Notes.Length * (note + rest)];
        for (var i = 0; i < Notes.Length; i++)
        {
            var span = samples.AsSpan(i * (note + rest), note);
            new ToneGenerator(Notes[i], -24).Generate(span);
            Fade(span);
        }

        return samples;
    }

    /// <summary>Short linear fade in and out so notes do not click.</summary>
    private static void Fade(Span<short> note)
    {
        var ramp = Math.Min(80, note.Length / 2);
        for (var i = 0; i < ramp; i++)
        {
            var gain = (double)i / ramp;
            note[i] = (short)(note[i] * gain);
            note[note.Length - 1 - i] = (short)(note[note.Length - 1 - i] * gain);
        }
    }
}
