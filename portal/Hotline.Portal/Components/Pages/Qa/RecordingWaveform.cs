using Hotline.Qa.Audio;
using Hotline.Qa.Hosting;

namespace Hotline.Portal.Components.Pages.Qa;

/// <summary>Computes a call's waveform on the server from the recording QA transcribed (the same file <c>/api/v1/recordings/{callId}</c> serves).</summary>
public static class RecordingWaveform
{
    /// <summary>Peaks per channel drawn on the review page.</summary>
    public const int Peaks = 600;

    /// <summary>The peaks of <paramref name="callId"/>'s recording, or null when QA holds no readable recording for it.</summary>
    public static async Task<WaveformPeaks?> LoadAsync(QaPipeline qa, string callId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(qa);
        if (await qa.Journal.StatusAsync(callId, cancellationToken) is not { Item.RecordingPath: { Length: > 0 } recorded })
            return null;
        var root = Path.GetFullPath(Path.Combine(qa.DataDir, "recordings")) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(recorded, qa.DataDir);
        // Only files under the recordings folder are read, as the recording endpoint serves only those.
        if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
            return null;
        try
        {
            return await Task.Run(() => WaveformPeaks.Of(WavReader.ReadStereo(path), Peaks), cancellationToken);
        }
        catch (RecordingFormatException)
        {
            return null;
        }
    }
}
