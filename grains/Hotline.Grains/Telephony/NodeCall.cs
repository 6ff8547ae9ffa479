namespace Hotline.Grains.Telephony;

/// <summary>What a node keeps about a call it serves: numbers for the IVR, the running IVR, and one bridge at a time.</summary>
internal sealed class NodeCall(string callerNumber, string calledNumber) : IDisposable
{
    private readonly CancellationTokenSource _ended = new();
    private CancellationTokenSource? _ivr;

    public string CallerNumber { get; } = callerNumber;

    public string CalledNumber { get; } = calledNumber;

    /// <summary>Cancelled when the call ends.</summary>
    public CancellationToken Ended => _ended.Token;

    public SemaphoreSlim Bridging { get; } = new(1, 1);

    /// <summary>Cancels a flow still running and returns the token of the next one.</summary>
    public CancellationToken StartIvr()
    {
        var next = CancellationTokenSource.CreateLinkedTokenSource(_ended.Token);
        var previous = Interlocked.Exchange(ref _ivr, next);
        previous?.Cancel();
        previous?.Dispose();
        return next.Token;
    }

    public void Dispose()
    {
        _ended.Cancel();
        Interlocked.Exchange(ref _ivr, null)?.Dispose();
        _ended.Dispose();
    }
}
