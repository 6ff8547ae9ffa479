using System.Globalization;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>工单完整性: the ticket the call produced has every required field filled; points in proportion. Calls without a ticket: not applicable.</summary>
/// <param name="Required">The fields that must not be blank.</param>
public sealed record TicketCompletenessRule(IReadOnlyList<TicketField> Required) : ScoreRule
{
    /// <inheritdoc />
    public override bool ReadsText => false;

    /// <inheritdoc />
    public override RuleOutcome Evaluate(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Ticket is not { } ticket)
            return new RuleOutcome(1, [], ScoringText.TicketNone, NotApplicable: true);
        var missing = Required.Where(f => string.IsNullOrWhiteSpace(ticket.GetValueOrDefault(f.Field))).Select(f => f.Name).ToList();
        return new RuleOutcome((Required.Count - missing.Count) / (double)Required.Count, [], missing.Count == 0
            ? ScoringText.TicketComplete
            : string.Format(CultureInfo.CurrentCulture, ScoringText.TicketMissing, string.Join(ScoringText.ListSeparator, missing)));
    }

    /// <inheritdoc />
    public override string? Problem() => Required is { Count: > 0 } ? null : "a ticket rule needs at least one required field";
}
