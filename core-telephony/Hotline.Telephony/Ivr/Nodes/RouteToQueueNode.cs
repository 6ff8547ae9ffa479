namespace Hotline.Telephony.Ivr;

/// <summary>Ends the run with a queue outcome: the call goes to the ACD queue with a priority.</summary>
public sealed record RouteToQueueNode : IvrNode
{
    /// <summary>Queue name, e.g. "complaints".</summary>
    public string? Queue { get; init; }

    /// <summary>Priority within the queue; higher is served first.</summary>
    public int Priority { get; init; }

    /// <summary>Optional prompt played before handing over (e.g. "正在为您转接").</summary>
    public IvrPrompt? Prompt { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets() => [];
}
