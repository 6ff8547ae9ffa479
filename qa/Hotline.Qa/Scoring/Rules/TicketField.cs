namespace Hotline.Qa.Scoring.Rules;

/// <summary>A ticket field that must be filled.</summary>
/// <param name="Field">The field's key in the ticket, e.g. "category".</param>
/// <param name="Name">Shown when missing, e.g. "诉求分类".</param>
public sealed record TicketField(string Field, string Name);
