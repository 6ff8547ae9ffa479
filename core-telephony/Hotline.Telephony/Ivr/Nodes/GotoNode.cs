namespace Hotline.Telephony.Ivr;

/// <summary>Continues at another node (e.g. back to a menu).</summary>
public sealed record GotoNode : IvrNode
{
    /// <summary>Target node.</summary>
    public string? Target { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets() => [("target", Target)];
}
