namespace Hotline.Telephony.Calls;

/// <summary>One call as the platform handles it: the caller's leg and, once bridged, the leg it is connected to.</summary>
internal sealed class Call(string id, CallLeg? caller = null) : IDisposable
{
    /// <summary>Serializes everything that happens to the call: SIP events and commands take turns.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public string Id { get; } = id;

    public CallLeg Caller { get; set; } = caller!;

    /// <summary>The leg the caller is connected to (answered), if any.</summary>
    public CallLeg? Callee { get; set; }

    /// <summary>A leg being called (initial bridge or transfer), not yet answered.</summary>
    public CallLeg? Pending { get; set; }

    public bool IsAnswered => Caller.State == CallLegState.Answered && Callee is { State: CallLegState.Answered };

    public bool IsEnded { get; set; }

    /// <summary>The call's anchored audio, when the platform anchors media.</summary>
    public Hotline.Telephony.Media.Sessions.CallMediaSession? Media { get; set; }

    /// <summary>Third parties and supervisors joined to the call (answered or being called).</summary>
    public List<CallLeg> Extras { get; } = [];

    /// <summary>RTP quality of every leg that has left the call, for the call's record.</summary>
    public List<LegQuality> LegReports { get; } = [];

    /// <summary>For a call the platform placed: the identity shown to the parties it calls after the first (e.g. 12328).</summary>
    public CallParty? PresentedAs { get; set; }

    /// <summary>When the callee hangs up, the caller stays with the platform (e.g. for the satisfaction survey).</summary>
    public bool KeepCallerAfterCallee { get; set; }

    /// <summary>The call is on hold by the platform's command.</summary>
    public bool IsHeldByPlatform { get; set; }

    /// <summary>The leg on the other side of <paramref name="leg"/>.</summary>
    public CallLeg? OtherSide(CallLeg leg) => ReferenceEquals(leg, Caller) ? Callee : Caller;

    /// <summary>Every leg still attached to the call.</summary>
    public IEnumerable<CallLeg> Legs => new[] { Caller, Callee, Pending }.OfType<CallLeg>().Concat(Extras);

    public async Task<IDisposable> LockAsync(CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        return new Releaser(Gate);
    }

    public void Dispose() => Gate.Dispose();

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
