namespace Hotline.Reports.Data;

/// <summary>Something a manager should know about the day: a queue peak, an outage, a warning raised.</summary>
public sealed record NotableEvent(DateTimeOffset At, string Description, EventSeverity Severity = EventSeverity.Info);
