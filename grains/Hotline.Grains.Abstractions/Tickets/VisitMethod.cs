namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>How a return visit (回访) reached the citizen.</summary>
[GenerateSerializer]
public enum VisitMethod
{
    /// <summary>A phone call.</summary>
    Call,

    /// <summary>An SMS survey.</summary>
    Sms,
}
