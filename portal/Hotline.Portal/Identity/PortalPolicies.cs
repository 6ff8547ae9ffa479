using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Portal.Identity;

/// <summary>The portal's authorization policies: each names the roles (PlatformRole) that may use one area, signed in with the portal cookie.</summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in portal user.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>The agent desktop.</summary>
    public const string Desk = "desk";

    /// <summary>The supervisor wallboard and its listen/whisper/barge controls.</summary>
    public const string Wallboard = "wallboard";

    /// <summary>The audit log and other administration pages.</summary>
    public const string Admin = "admin";

    /// <summary>Recordings (listening is audited).</summary>
    public const string Recordings = "recordings";

    /// <summary>The staff ticket API: lists, search, 查重, desk intake and the workflow actions (the ticket grain checks each action's roles).</summary>
    public const string TicketApi = "ticket-api";

    /// <summary>The 工单中心 pages (list and detail): the ticket API's users, and analysts and executives reading the tickets behind a dashboard figure.
    /// Workflow actions stay with the ticket grain's role checks, so readers see no action they may not take.</summary>
    public const string TicketRead = "ticket-read";

    /// <summary>绩效考核: the review list and every review, for HR, supervisors, managers and administrators (each step's roles are the review grain's).</summary>
    public const string Hr = "hr";

    /// <summary>培训管理: the grading queue, the question bank, exams, courses and onboarding plans (trainers, QA leads and administrators, the training catalog's own roles).</summary>
    public const string Training = "training";

    /// <summary>排班: shift templates, the week's roster and leave (supervisors, managers and administrators, the roster book's planners).</summary>
    public const string Rosters = "rosters";

    /// <summary>The QA workspace and its API: inspectors, QA leads, supervisors, managers and administrators.</summary>
    public const string Qa = "qa";

    /// <summary>坐席技能: setting agents' skills and levels (supervisors and administrators).</summary>
    public const string AgentSkills = "agent-skills";

    /// <summary>Operations tooling (the Orleans dashboard under /admin/orleans): technical support and administrators.</summary>
    public const string Operations = "operations";

    /// <summary>The roles of each policy; the navigation and the tests read the same table.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Desk] = [PlatformRole.Agent],
        [Wallboard] = [PlatformRole.Supervisor, PlatformRole.Manager],
        [Admin] = [PlatformRole.Admin],
        [Operations] = [PlatformRole.Operator, PlatformRole.Admin],
        [AgentSkills] = [PlatformRole.Supervisor, PlatformRole.Admin],
        [Qa] = [PlatformRole.Inspector, PlatformRole.QaLead, PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Admin],
        [Recordings] = [PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Inspector, PlatformRole.QaLead, PlatformRole.Admin],
        [ReportAccess.PolicyName] = ReportAccess.Readers.Roles,
        [TicketApi] = [PlatformRole.Agent, PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Admin],
        [Hr] = [PlatformRole.Hr, PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Admin],
        [Rosters] = [PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Admin],
        [Training] = [PlatformRole.Trainer, PlatformRole.QaLead, PlatformRole.Admin],
        [TicketRead] = [PlatformRole.Agent, PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Admin, PlatformRole.Analyst, PlatformRole.Executive],
    };

    /// <summary>Registers every policy on the portal's cookie scheme.</summary>
    public static AuthorizationBuilder AddPortalPolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        authorization.AddPolicy(SignedIn, policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
        foreach (var (name, roles) in Roles)
        {
            authorization.AddPolicy(name, policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(roles));
        }

        return authorization;
    }
}
