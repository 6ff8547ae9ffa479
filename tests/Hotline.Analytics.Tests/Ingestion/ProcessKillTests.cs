using Hotline.Analytics.Tests.Engines.Embedded;
using Hotline.Analytics.Tests.Support;

namespace Hotline.Analytics.Tests.Ingestion;

/// <summary>A consumer killed (SIGKILL) between two inserts of a batch loses nothing and duplicates nothing after a restart.</summary>
[Trait("Category", "Integration")]
public sealed class ProcessKillTests
{
    private static readonly TimeSpan s_childTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_consumer_killed_mid_batch_resumes_with_every_event_stored_once()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("hotline-kill-");
        using var store = TestStore.Create();
        try
        {
            // Three months of calls: the first batch is three inserts, and the child dies right after the second.
            var calls = SampleEvents.Calls(21, 3_000, SampleEvents.Local(2026, 1, 1), 85);
            await new Hotline.Grains.Outbox.EventOutbox(store, TimeProvider.System).AppendAsync(calls, TestContext.Current.CancellationToken);
            var environment = new Dictionary<string, string> { [ChildProcess.StoreVariable] = store.Path };

            var (killedExit, killedOutput) = await ChildProcess.RunAsync(ChildProcess.IngestThenDie, dataDirectory.FullName, s_childTimeout, environment);
            var (exitCode, output) = await ChildProcess.RunAsync(ChildProcess.IngestResume, dataDirectory.FullName, s_childTimeout, environment);

            Assert.Equal(137, killedExit);
            Assert.DoesNotContain("moved", killedOutput, StringComparison.Ordinal);
            Assert.True(exitCode == 0, output);
            Assert.Contains($"rows {calls.Count}\n", output, StringComparison.Ordinal);
            Assert.Contains($"unique {calls.Count}\n", output, StringComparison.Ordinal);
            Assert.Contains($"daily {calls.Count}\n", output, StringComparison.Ordinal);
            Assert.Contains("pending 0\n", output, StringComparison.Ordinal);
        }
        finally
        {
            dataDirectory.Delete(recursive: true);
        }
    }
}
