namespace Hotline.Portal.Api;

/// <summary>Asks the host to gather an employee's figures for a period (days inclusive) and draft the review.</summary>
public sealed record PeopleReviewRequest(string Employee, string Role, DateOnly From, DateOnly Until);
