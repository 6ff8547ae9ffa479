namespace Hotline.Telephony.Ivr;

/// <summary>Branches on the business calendar (time of day, weekday, holidays) at the engine's clock.</summary>
public sealed record TimeBranchNode : IvrNode
{
    /// <summary>Name of a calendar in <see cref="IvrFlow.Calendars"/>.</summary>
    public string? Calendar { get; init; }

    /// <summary>Next node within business hours.</summary>
    public string? Open { get; init; }

    /// <summary>Next node outside business hours.</summary>
    public string? Closed { get; init; }

    /// <summary>Next node on a holiday; defaults to <see cref="Closed"/>.</summary>
    public string? Holiday { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets() =>
        [("open", Open), ("closed", Closed), ("holiday", Holiday)];
}
