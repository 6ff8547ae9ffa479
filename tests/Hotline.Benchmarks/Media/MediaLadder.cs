namespace Hotline.Benchmarks.Media;

/// <summary>
/// The search on one path: climbs a ladder of call counts until a step fails, then bisects between the best passing and
/// the fewest failing count until they are one resolution step apart (25 calls, or a tenth of the best pass when that is
/// more), at most <see cref="MaxSteps"/> steps in all. It only keeps the state; the benchmark decides when each step runs,
/// so the two paths can take the same rung one after the other and see the same load on a shared machine.
/// </summary>
internal sealed class MediaLadder(string path, Func<IMediaPath> start)
{
    /// <summary>Steps one path may take in all (climbing and bisecting), whatever the time budget says.</summary>
    public const int MaxSteps = 12;

    private const int Granularity = 25;

    private readonly List<MediaStep> _steps = [];
    private int _best;
    private int? _failing;

    public string Path { get; } = path;

    public Func<IMediaPath> Start { get; } = start;

    /// <summary>True until a step has failed or the budget ran out.</summary>
    public bool Climbing => _failing is null && !StoppedByBudget;

    public bool StoppedByBudget { get; private set; }

    /// <summary>
    /// The next count to try between the best pass and the fewest failing count; null once they are within the resolution,
    /// or the path has taken its steps.
    /// </summary>
    public int? Bisection
    {
        get
        {
            if (_failing is not { } fail || _steps.Count >= MaxSteps || fail - _best <= Math.Max(Granularity, _best / 10))
            {
                return null;
            }

            var middle = (_best + fail) / 2 / Granularity * Granularity;
            return middle > _best && middle < fail ? middle : null;
        }
    }

    /// <summary>Keeps a step that does not count for the search (a failure that is being tried once more).</summary>
    public void Note(MediaStep step) => _steps.Add(step);

    public void Record(MediaStep step)
    {
        _steps.Add(step);
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
