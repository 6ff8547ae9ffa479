namespace Hotline.Portal.Channels.Handoffs;

/// <summary>The JSON body posted to a partner's result webhook: which ticket, which of the partner's cases, where it stands and the reply.</summary>
/// <param name="Number">The hotline ticket number.</param>
/// <param name="Reference">The partner's own case reference given at submission.</param>
/// <param name="Version">The ticket version this result describes; a partner keeps the highest it has seen.</param>
/// <param name="State">The ticket state (e.g. <c>Replied</c>, <c>Closed</c>).</param>
/// <param name="Reply">The handling unit's reply text, when there is one.</param>
/// <param name="ChangedAt">When the ticket reached this version.</param>
public sealed record HandoffResult(string Number, string? Reference, int Version, string State, string? Reply, DateTimeOffset ChangedAt);
