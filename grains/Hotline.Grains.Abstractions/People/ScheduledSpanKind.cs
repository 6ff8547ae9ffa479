namespace Hotline.Grains.Abstractions.People;

/// <summary>What the plan expects of the agent during a span.</summary>
[GenerateSerializer]
public enum ScheduledSpanKind
{
    /// <summary>Logged in and taking calls.</summary>
    Work,
    /// <summary>A planned break.</summary>
    Break,
    /// <summary>Planned work replaced by leave.</summary>
    Leave,
}
