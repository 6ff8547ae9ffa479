using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hotline.Telephony.Media.Audio;

/// <summary>
/// Chinese text-to-speech through espeak-ng (voice <c>cmn</c>), converted to 8 kHz 16-bit mono and cached by a hash of
/// (voice, speed, text), so a prompt is rendered once; concurrent requests for the same text share one rendering.
/// </summary>
/// <remarks>The text goes to espeak-ng on stdin, never through a shell or the command line.</remarks>
public sealed class EspeakTtsRenderer : ITtsRenderer
{
    private readonly EspeakTtsOptions _options;
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _inFlight = new(StringComparer.Ordinal);
    private int _renderCount;

    /// <summary>Creates a renderer.</summary>
    public EspeakTtsRenderer(EspeakTtsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.CacheDirectory, nameof(options));
        ArgumentException.ThrowIfNullOrEmpty(options.Voice, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Speed, nameof(options));
        _options = options;
    }

    /// <summary>How many renderings ran (cache misses), for monitoring and tests.</summary>
    public int RenderCount => Volatile.Read(ref _renderCount);

    /// <summary>The cache file a text renders to with this renderer's voice and speed.</summary>
    public string CachePathFor(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = string.Create(CultureInfo.InvariantCulture, $"{_options.Voice}\n{_options.Speed}\n{text}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return Path.Combine(_options.CacheDirectory, hash + ".wav");
    }

    /// <inheritdoc />
    /// <exception cref="TtsException">espeak-ng or sox is missing, fails, times out or produces no audio.</exception>
    public async Task<string> RenderAsync(string text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("There is no text to speak.", nameof(text));
        }

        if (text.Length > _options.MaxTextLength)
        {
            throw new ArgumentException($"The text is longer than {_options.MaxTextLength} characters.", nameof(text));
        }

        var path = CachePathFor(text);
        if (File.Exists(path))
        {
            return path;
        }

        var rendering = _inFlight.GetOrAdd(path, p => new Lazy<Task<string>>(() => RenderSharedAsync(text, p)));

        // The rendering is shared, so one caller giving up does not cancel it for the others.
        return await rendering.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Renders and returns the 8 kHz samples.</summary>
    public async Task<short[]> RenderSamplesAsync(string text, CancellationToken cancellationToken = default) =>
        WavReader.ReadPrompt(await RenderAsync(text, cancellationToken));

    private async Task<string> RenderSharedAsync(string text, string path)
    {
        try
        {
            return await RenderOnceAsync(text, path);
        }
        finally
        {
            // Success leaves the cached file; failure is forgotten so that the next request tries again.
            _inFlight.TryRemove(path, out _);
        }
    }

    private async Task<string> RenderOnceAsync(string text, string path)
    {
        await Task.Yield();
        if (File.Exists(path))
        {
            return path;
        }

        Interlocked.Increment(ref _renderCount);
        Directory.CreateDirectory(_options.CacheDirectory);
        var unique = Guid.NewGuid().ToString("N");
        var raw = $"{path}.{unique}.espeak.wav";
        var converted = $"{path}.{unique}.tmp.wav";
        try
        {
            string[] arguments =
            [
                "-v", _options.Voice,
                "-s", _options.Speed.ToString(CultureInfo.InvariantCulture),
                "-b", "1",
                "-w", raw,
                "--stdin",
            ];
            await ExternalProcess.RunAsync(_options.EspeakPath, "espeak-ng", arguments, text, _options.Timeout, CancellationToken.None);
            if (!File.Exists(raw))
            {
                throw new TtsException($"{_options.EspeakPath} exited normally but wrote no WAV file.");
            }

            if (_options.SoxPath is { } sox)
            {
                string[] soxArguments = [raw, "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", converted];
                await ExternalProcess.RunAsync(sox, "sox", soxArguments, null, _options.Timeout, CancellationToken.None);
            }
            else
            {
                var samples = WavReader.ReadPrompt(raw);
                WavWriter.WriteFile(converted, samples, 1, AudioFormat.SampleRate);
            }

            var format = WavReader.Read(converted);
            if (format.Samples.Length == 0)
            {
                throw new TtsException($"espeak-ng produced no audio for the text (voice {_options.Voice}).");
            }

            // Readers only ever see a complete file.
            File.Move(converted, path, overwrite: true);
            return path;
        }
        catch (WavFormatException e)
        {
            throw new TtsException($"The speech engine's output could not be read: {e.Message}", e);
        }
        finally
        {
            TryDelete(raw);
            TryDelete(converted);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
