using System.Collections.Concurrent;

namespace Hotline.Grains.Tests.Reminders;

/// <summary>Where each probe's reminder first fired, by probe key; the silos of a test run share this process.</summary>
internal static class ReminderFirings
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<SiloAddress>> Firings = new(StringComparer.Ordinal);

    public static void Record(string probe, SiloAddress silo) => Of(probe).TrySetResult(silo);

    /// <summary>The silo the probe's reminder fired on; waits for it up to <paramref name="timeout"/>.</summary>
    public static Task<SiloAddress> FiredOnAsync(string probe, TimeSpan timeout) =>
        Of(probe).Task.WaitAsync(timeout, TestContext.Current.CancellationToken);

    private static TaskCompletionSource<SiloAddress> Of(string probe) =>
        Firings.GetOrAdd(probe, _ => new TaskCompletionSource<SiloAddress>(TaskCreationOptions.RunContinuationsAsynchronously));
}
