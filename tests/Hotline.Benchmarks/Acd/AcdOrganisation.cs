using System.Diagnostics;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Benchmarks.Acd;

/// <summary>
/// A contact centre of one <see cref="AcdShape"/> on a silo: queues spread over the skills, agents with a few random
/// skills (fixed seed), all logged in and ready; and the calls that load it. A call is queued, the ACD chooses an
/// agent, and the agent answers and hangs up at once (no wrap-up), so it is ready for the next call.
/// </summary>
internal sealed class AcdOrganisation(AcdSilo silo, AcdShape shape)
{
    private readonly List<string> _queues = [];
    private long _calls;

    private IGrainFactory Grains => silo.Grains;

    public async Task SetUpAsync()
    {
        var random = new Random(12328);
        var skills = Enumerable.Range(0, shape.Skills).Select(i => $"skill-{i:00}").ToArray();
        var queues = Enumerable.Range(0, shape.Queues).Select(i => new QueueConfiguration
        {
            Name = $"queue-{i:000}",
            Skill = skills[i % skills.Length],
            Strategy = i % 2 == 0 ? QueueStrategy.LongestIdle : QueueStrategy.LeastOccupied,
            // Nothing times out during a run: every call is answered long before.
            RingTimeout = TimeSpan.FromMinutes(10),
            MaxWait = TimeSpan.FromHours(1),
        }).ToList();
        _queues.AddRange(queues.Select(q => q.Name));
        await ForEachAsync(queues, queue => Grains.GetGrain<IQueueGrain>(queue.Name).ConfigureAsync(queue));

        var profiles = Enumerable.Range(0, shape.Agents).Select(i => new AgentProfile(
            $"a{i:0000}", $"agent {i}",
            [.. skills.OrderBy(_ => random.Next()).Take(shape.SkillsPerAgent).Select(s => new AgentSkill(s, random.Next(1, 11)))],
            TimeSpan.Zero)).ToList();
        await ForEachAsync(profiles, async profile =>
        {
            var agent = Grains.GetGrain<IAgentGrain>(profile.Extension);
            await agent.ConfigureAsync(profile);
            await agent.LoginAsync();
            await agent.SetReadyAsync();
        });

        // Agents announce themselves to the queues one-way: wait until every queue knows all of its agents.
        var expected = queues.Sum(q => profiles.Count(p => p.Skills.Any(s => s.Skill == q.Skill)));
        var deadline = Stopwatch.StartNew();
        while (await CountReadyAsync() != expected)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"queues know {await CountReadyAsync()} ready agents, expected {expected}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Closed loop: <paramref name="callers"/> callers each queue a call, wait for the agent and queue the next, for <paramref name="duration"/>.</summary>
    public async Task<AcdLoadResult> ClosedLoopAsync(string phase, int callers, TimeSpan duration)
    {
        var gc = GcMark.Now();
        var clock = Stopwatch.StartNew();
        var perCaller = await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            var latencies = new List<double>();
            while (clock.Elapsed < duration)
            {
                latencies.Add(await OneCallAsync());
            }

            return latencies;
        }));
        var all = perCaller.SelectMany(l => l).ToList();
        return gc.Result(phase, all.Count, clock.Elapsed.TotalSeconds, all);
    }

    /// <summary>Open loop: calls arrive at <paramref name="rate"/> per second for <paramref name="duration"/>, whatever the ACD's pace.</summary>
    public async Task<AcdLoadResult> OpenLoopAsync(string phase, double rate, TimeSpan duration)
    {
        var gc = GcMark.Now();
        var clock = Stopwatch.StartNew();
        var calls = new List<Task<double>>();
        while (clock.Elapsed < duration)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * rate);
            while (calls.Count < due)
            {
                calls.Add(OneCallAsync());
            }

            await Task.Delay(1);
        }

        var latencies = await Task.WhenAll(calls);
        return gc.Result(phase, latencies.Length, clock.Elapsed.TotalSeconds, latencies);
    }

    /// <summary>One call: queued, routed, answered, ended. Returns the milliseconds from queueing to the agent's reservation.</summary>
    private async Task<double> OneCallAsync()
    {
        var id = $"call-{Interlocked.Increment(ref _calls)}";
        var queue = Grains.GetGrain<IQueueGrain>(_queues[Random.Shared.Next(_queues.Count)]);
        var chosen = silo.Probe.WatchAsync(id);
        var start = Stopwatch.GetTimestamp();
        await queue.EnqueueAsync(new QueuedCall(id, "+8613800138000", 0, DateTimeOffset.UtcNow));
        var choice = await chosen.WaitAsync(TimeSpan.FromSeconds(30));
        var agent = Grains.GetGrain<IAgentGrain>(choice.Agent);
        await agent.CallAnsweredAsync(id);
        await queue.AnsweredAsync(id);
        await agent.CallEndedAsync(id);
        return Stopwatch.GetElapsedTime(start, choice.At).TotalMilliseconds;
    }

    private async Task<int> CountReadyAsync()
    {
        var snapshots = await Task.WhenAll(_queues.Select(q => Grains.GetGrain<IQueueGrain>(q).GetSnapshotAsync()));
        return snapshots.Sum(s => s.ReadyAgents);
    }

    /// <summary>The collector's pause total and gen-2 count when a phase starts.</summary>
    private sealed record GcMark(TimeSpan Paused, int Gen2)
    {
        public static GcMark Now() => new(GC.GetTotalPauseDuration(), GC.CollectionCount(2));

        public AcdLoadResult Result(string phase, int decisions, double seconds, IReadOnlyList<double> latencies) =>
            new(phase, decisions, seconds, latencies, (GC.GetTotalPauseDuration() - Paused).TotalMilliseconds, GC.CollectionCount(2) - Gen2);
    }

    private static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (item, _) => await action(item));
}
