namespace Hotline.Portal.People;

/// <summary>One agent's day on the roster grid: the planned shift's template (if any) and whether leave covers part of the day.</summary>
public sealed record RosterDay(DateOnly Date, string? TemplateId, bool OnLeave);
