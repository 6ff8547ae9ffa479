using Hotline.Portal.Identity;
using MudBlazor;

namespace Hotline.Portal.Components.Layout;

/// <summary>The navigation: one entry per area with the policy that shows it (later areas add their line here).</summary>
public static class NavLinks
{
    public static IReadOnlyList<NavLink> All { get; } =
    [
        new("/desk", PortalPolicies.Desk, "NavDesk", Icons.Material.Filled.HeadsetMic),
        new("/wallboard", PortalPolicies.Wallboard, "NavWallboard", Icons.Material.Filled.Dashboard),
        new("/tickets", PortalPolicies.TicketRead, "NavTickets", Icons.Material.Filled.Assignment),
        new("/knowledge", PortalPolicies.SignedIn, "NavKnowledge", Icons.Material.Filled.MenuBook),
        new("/qa", PortalPolicies.Qa, "NavQa", Icons.Material.Filled.FactCheck),
        new("/dashboards", Hotline.Portal.Reports.ReportAccess.PolicyName, "NavDashboards", Icons.Material.Filled.Insights),
        new("/reports", Hotline.Portal.Reports.ReportAccess.PolicyName, "NavReports", Icons.Material.Filled.Assessment),
        new("/hr/reviews", PortalPolicies.Hr, "NavHrReviews", Icons.Material.Filled.WorkspacePremium),
        new("/hr/employees", PortalPolicies.Hr, "NavHrEmployees", Icons.Material.Filled.Badge),
        new("/hr/rosters", PortalPolicies.Rosters, "NavRosters", Icons.Material.Filled.CalendarMonth),
        new("/me/reviews", PortalPolicies.SignedIn, "NavMyReviews", Icons.Material.Filled.EmojiEvents),
        new("/me/schedule", PortalPolicies.SignedIn, "NavMySchedule", Icons.Material.Filled.Schedule),
        new("/training", PortalPolicies.SignedIn, "NavTraining", Icons.Material.Filled.School),
        new("/training/manage", PortalPolicies.Training, "NavTrainingManage", Icons.Material.Filled.Quiz),
        new("/admin/users", PortalPolicies.Admin, "NavUsers", Icons.Material.Filled.ManageAccounts),
        new("/admin/ivr", PortalPolicies.Admin, "NavIvr", Icons.Material.Filled.AccountTree),
        new("/admin/numbers", PortalPolicies.Admin, "NavNumbers", Icons.Material.Filled.Dialpad),
        new("/admin/health", PortalPolicies.Operations, "NavHealth", Icons.Material.Filled.MonitorHeart),
        new("/admin/queues", PortalPolicies.Admin, "NavQueues", Icons.Material.Filled.CallSplit),
        new("/admin/skills", PortalPolicies.AgentSkills, "NavSkills", Icons.Material.Filled.Psychology),
        new("/admin/hours", PortalPolicies.Admin, "NavHours", Icons.Material.Filled.EventAvailable),
        new("/admin/audit", PortalPolicies.Admin, "NavAudit", Icons.Material.Filled.Policy),
        new("/admin/categories", PortalPolicies.Admin, "NavCategories", Icons.Material.Filled.Category),
        new("/admin/workflows", PortalPolicies.Admin, "NavWorkflows", Icons.Material.Filled.Route),
        new("/admin/notices", Hotline.Portal.Public.Notices.NoticePolicy.Name, "NavAdminNotices", Icons.Material.Filled.Campaign),
    ];
}

/// <summary>One navigation entry: where it goes, the policy that must pass, its text key in PortalText and its icon.</summary>
public sealed record NavLink(string Href, string Policy, string TextKey, string Icon);
