using Hotline.Qa.Hosting;
using Hotline.Qa.Work;

namespace Hotline.Qa.Tests.Pipeline;

/// <summary>Capacity by adding workers: an in-process pool and a separate <c>qa-worker</c> process share one queue on one data folder.</summary>
[Trait("Category", "Integration")]
public sealed class SharedQueueTests : IDisposable
{
    private const int Calls = 24;
    private static readonly DateTimeOffset Arrived = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly PipelineFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Two_pools_in_two_processes_do_every_call_exactly_once_between_them()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var other = await WorkerProcess.StartAsync(folder.DataDir, ct);
        using var pipeline = folder.Open(model: null, new CapturingOutbox());
        var wav = Hotline.Qa.Tests.Audio.TestAudio.Wav(8000,
            Hotline.Qa.Tests.Audio.TestAudio.Channel(90, 8000, (20, 40), (60, 70)), Hotline.Qa.Tests.Audio.TestAudio.Channel(90, 8000, (1, 18), (42, 58)));
        Task Enqueue(int i) => pipeline.Journal.EnqueueAsync(new QaWorkItem($"shared-{i}", folder.Record($"shared-{i}", wav), Arrived, "8001", "enquiries"), ct);

        // The first call goes to the worker process alone: it is up and polling before the in-process pool joins.
        await Enqueue(0);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await pipeline.Journal.StatusAsync("shared-0", ct) is { Status: QaCallStatus.Queued } && DateTime.UtcNow < deadline)
            await Task.Delay(100, ct);
        for (var i = 1; i < Calls; i++)
            await Enqueue(i);
        using var pool = pipeline.Pool(1, "in-process");
        await pool.StartAsync(ct);
        while ((await pipeline.Journal.ProgressAsync(ct)).Done < Calls && DateTime.UtcNow < deadline)
            await Task.Delay(200, ct);
        await pool.StopAsync(ct);

        var states = (await pipeline.Journal.StatesAsync(ct)).Values.ToList();
        Assert.True(states.All(s => s.Status == QaCallStatus.Done), $"not all done: {string.Join(", ", states.Where(s => s.Status != QaCallStatus.Done).Select(s => $"{s.Item.CallId} {s.Status} {s.Reason}"))}\n{other.Output}");
        // Claimed once each: no call was transcribed or scored twice.
        Assert.All(states, s => Assert.Equal(1, s.Attempts));
        var byProcess = states.GroupBy(s => s.Worker.StartsWith("in-process:", StringComparison.Ordinal)).ToDictionary(g => g.Key, g => g.Count());
        TestContext.Current.TestOutputHelper?.WriteLine($"in-process {byProcess.GetValueOrDefault(true)}, worker process {byProcess.GetValueOrDefault(false)}");
        Assert.True(byProcess.GetValueOrDefault(true) > 0 && byProcess.GetValueOrDefault(false) > 0,
            $"in-process did {byProcess.GetValueOrDefault(true)}, the worker process {byProcess.GetValueOrDefault(false)}\n{other.Output}");
        // Both wrote their calls' scores to the shared folder.
        foreach (var state in states)
            Assert.NotNull(await pipeline.Scores.GetAsync(state.Item.CallId, ct));
    }
}
