namespace Hotline.Grains.Abstractions.People;

/// <summary>An interval an agent spent in one state, as analytics holds it (the host reads them and hands them in).</summary>
/// <param name="State">The agent state's name: Ready, NotReady, Ringing, Talking, WrapUp or LoggedOut.</param>
/// <param name="Reason">The not-ready reason, empty otherwise.</param>
[GenerateSerializer, Immutable, Alias("Hotline.People.AgentStateSpan")]
public sealed record AgentStateSpan(
    [property: Id(0)] string State,
    [property: Id(1)] string Reason,
    [property: Id(2)] DateTimeOffset From,
    [property: Id(3)] DateTimeOffset To);
