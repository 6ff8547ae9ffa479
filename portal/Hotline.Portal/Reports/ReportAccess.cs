namespace Hotline.Portal.Reports;

/// <summary>Who may read reports: the roles of the policy <see cref="PolicyName"/> that guards the report endpoints and the report page.</summary>
public sealed record ReportAccess(IReadOnlyList<string> Roles)
{
    /// <summary>The authorization policy name (registered with the portal's other policies).</summary>
    public const string PolicyName = "reports";

    /// <summary>Supervisors and managers, QA leads, HR, analysts, the executive (总经理, who reads the decision dashboards) and administrators.</summary>
    public static readonly ReportAccess Readers = new(["supervisor", "manager", "qa-lead", "hr", "analyst", "executive", "admin"]);
}
