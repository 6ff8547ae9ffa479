namespace Hotline.Portal.Live;

/// <summary>One change the hub pushes to the circuits: which kind of thing changed and its key (extension, queue name or call id).</summary>
public sealed record LiveChange(LiveChangeKind Kind, string Key);

/// <summary>The kinds of <see cref="LiveChange"/>.</summary>
public enum LiveChangeKind
{
    /// <summary>An agent's state (key: extension).</summary>
    Agent,

    /// <summary>A queue's figures (key: queue name).</summary>
    Queue,

    /// <summary>A call's phase or place (key: call id).</summary>
    Call,

    /// <summary>A call is offered to an agent: the screen pop (key: the agent's extension).</summary>
    ScreenPop,
}
