using Hotline.Telephony.Tests.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>Assertions on what a party heard, by the tones the parties send and by loudness; each logs what it measured.</summary>
internal static class HearingAssert
{
    /// <summary>baresip's ausine sends half of full scale (about 16000); heard at this level or more, the tone is there.</summary>
    public const double PresentAmplitude = 4000;

    /// <summary>Below this mean level (−26 dB under the sent tone) the tone is not heard, allowing for G.711 noise.</summary>
    public const double AbsentAmplitude = 800;

    /// <summary>RMS below which audio counts as silence (G.711 carries digital silence as exact zeros).</summary>
    public const double SilentRms = 50;

    /// <summary>RMS above which audio is clearly not silence (music on hold is about −24 dBm0, RMS near 1000).</summary>
    public const double AudibleRms = 200;

    /// <summary>The tone is there through most of the audio (median 100 ms level).</summary>
    public static void Hears(short[] heard, double frequency, string what)
    {
        var level = ToneLevel.Median(heard, frequency);
        Log($"{what}: {frequency} Hz median amplitude {level:F0}");
        Assert.True(level >= PresentAmplitude, $"{what}: expected the {frequency} Hz tone, its median amplitude is {level:F0} (< {PresentAmplitude}) over {heard.Length} samples");
    }

    /// <summary>The tone is absent, also from any part of the audio (mean 100 ms level).</summary>
    public static void DoesNotHear(short[] heard, double frequency, string what)
    {
        var level = ToneLevel.Mean(heard, frequency);
        Log($"{what}: {frequency} Hz mean amplitude {level:F0}");
        Assert.True(level < AbsentAmplitude, $"{what}: expected no {frequency} Hz tone, its mean amplitude is {level:F0} (≥ {AbsentAmplitude}) over {heard.Length} samples");
    }

    /// <summary>The audio is (digital) silence.</summary>
    public static void IsSilent(short[] heard, string what)
    {
        var rms = AudioTestHelpers.Rms(heard);
        Log($"{what}: RMS {rms:F1}");
        Assert.True(rms < SilentRms, $"{what}: expected silence, RMS is {rms:F1} (≥ {SilentRms}) over {heard.Length} samples");
    }

    /// <summary>The audio is clearly not silence.</summary>
    public static void IsAudible(short[] heard, string what)
    {
        var rms = AudioTestHelpers.Rms(heard);
        Log($"{what}: RMS {rms:F1}");
        Assert.True(rms > AudibleRms, $"{what}: expected sound, RMS is {rms:F1} (≤ {AudibleRms}) over {heard.Length} samples");
    }

    /// <summary>Writes a measured figure to the test's output.</summary>
    public static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}
