namespace Hotline.Benchmarks.Media;

/// <summary>
/// The search on one path: climbs a ladder of call counts until a step fails, then bisects once (to 25 calls) between
/// the last passing and the first failing count. It only keeps the state; the benchmark decides when each step runs, so
/// the two paths can take the same rung one after the other and see the same load on a shared machine.
/// </summary>
internal sealed class MediaLadder(string path, Func<IMediaPath> start)
{
    private readonly List<MediaStep> _steps = [];
    private int _best;
    private int? _failing;
    private bool _bisected;

    public string Path { get; } = path;

    public Func<IMediaPath> Start { get; } = start;

    /// <summary>True until a step has failed or the budget ran out.</summary>
    public bool Climbing => _failing is null && !StoppedByBudget;

    public bool StoppedByBudget { get; private set; }

    /// <summary>The count to try between the best pass and the first failure, once; null when there is none.</summary>
    public int? Bisection =>
        !_bisected && _failing is { } fail && (_best + fail) / 2 / 25 * 25 is var middle && middle > _best && middle < fail ? middle : null;

    public void Record(MediaStep step)
    {
        _steps.Add(step);
        if (_failing is not null)
        {
            _bisected = true;
        }

        if (step.Passed)
        {
            _best = Math.Max(_best, step.Calls);
        }
        else
        {
            _failing = Math.Min(_failing ?? int.MaxValue, step.Calls);
        }
    }

    public void OutOfTime() => StoppedByBudget = true;

    public MediaSearchResult Result() => new(Path, _best, _failing, StoppedByBudget, [.. _steps]);
}
