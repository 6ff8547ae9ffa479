using System.Globalization;

namespace Hotline.Benchmarks.Media;

/// <summary>How long each part of a step lasts and how fast its calls are placed.</summary>
internal sealed record MediaStepSettings
{
    /// <summary>The measuring window; HOTLINE_BENCH_MEDIA_WINDOW_SECONDS overrides the 6 s default.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("HOTLINE_BENCH_MEDIA_WINDOW_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? Math.Clamp(seconds, 2, 60)
            : 6);

    /// <summary>From every call's packets coming back to the window: jitter buffers settle on their depth.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>After the window: the window's packets still in flight (two jitter buffers deep through Hotline) come in.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How much longer than the placing of the calls it may take until every call's packets come back.</summary>
    public TimeSpan StreamsUpSlack { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>The fastest calls are placed (calls per second).</summary>
    public int MaxCallRate { get; init; } = 200;

    /// <summary>Calls placed per second: all of them within about 4 s, at 20 to <see cref="MaxCallRate"/> a second.</summary>
    public int CallRate(int calls) => Math.Clamp(calls / 4, 20, MaxCallRate);
}
