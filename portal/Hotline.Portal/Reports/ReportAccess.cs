namespace Hotline.Portal.Reports;

/// <summary>Who may read reports: the roles the sign-in (portal issue) will require on every report endpoint, declared as endpoint metadata until then.</summary>
/// <remarks>
/// The host has no authentication yet, so a real <c>RequireAuthorization</c> would fail every request; the endpoints carry this marker instead and
/// the portal issue replaces it with the policy <see cref="PolicyName"/>. Until then the API is only as private as the loopback address it binds to.
/// </remarks>
public sealed record ReportAccess(IReadOnlyList<string> Roles)
{
    /// <summary>The authorization policy name the sign-in will register.</summary>
    public const string PolicyName = "reports";

    /// <summary>Supervisors and managers, QA leads, HR, analysts and administrators.</summary>
    public static readonly ReportAccess Readers = new(["supervisor", "manager", "qa-lead", "hr", "analyst", "admin"]);
}
