using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Components.Layout;
using Hotline.Portal.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Components;

/// <summary>The navigation shows each role the areas its policies allow (the real policies, evaluated on the user's roles).</summary>
[Trait("Category", "Unit")]
public sealed class NavMenuTests : PortalComponentTest
{
    [Theory]
    [InlineData(PlatformRole.Agent, "/desk,/tickets,/knowledge,/me/reviews,/me/schedule,/training")]
    [InlineData(PlatformRole.Supervisor, "/wallboard,/tickets,/knowledge,/qa,/dashboards,/reports,/hr/reviews,/hr/employees,/hr/rosters,/me/reviews,/me/schedule,/training,/admin/skills")]
    [InlineData(PlatformRole.Manager, "/wallboard,/tickets,/knowledge,/qa,/dashboards,/reports,/hr/reviews,/hr/employees,/hr/rosters,/me/reviews,/me/schedule,/training,/admin/notices")]
    [InlineData(PlatformRole.Admin, "/tickets,/knowledge,/qa,/dashboards,/reports,/hr/reviews,/hr/employees,/hr/rosters,/me/reviews,/me/schedule,/training,/training/manage,/admin/users,/admin/ivr,/admin/numbers,/admin/health,/admin/queues,/admin/skills,/admin/hours,/admin/audit,/admin/categories,/admin/workflows,/admin/notices")]
    [InlineData(PlatformRole.Operator, "/knowledge,/me/reviews,/me/schedule,/training,/admin/health")]
    [InlineData(PlatformRole.Analyst, "/tickets,/knowledge,/dashboards,/reports,/me/reviews,/me/schedule,/training")]
    [InlineData(PlatformRole.Inspector, "/knowledge,/qa,/me/reviews,/me/schedule,/training")]
    [InlineData(PlatformRole.Hr, "/knowledge,/dashboards,/reports,/hr/reviews,/hr/employees,/me/reviews,/me/schedule,/training")]
    [InlineData(PlatformRole.Trainer, "/knowledge,/me/reviews,/me/schedule,/training,/training/manage")]
    [InlineData(PlatformRole.QaLead, "/knowledge,/qa,/dashboards,/reports,/me/reviews,/me/schedule,/training,/training/manage")]
    [InlineData(PlatformRole.Executive, "/tickets,/knowledge,/dashboards,/reports,/me/reviews,/me/schedule,/training")]
    public void A_role_sees_exactly_its_areas(string role, string hrefs)
    {
        Services.AddAuthorizationBuilder().AddPortalPolicies();
        Hotline.Portal.Public.Notices.NoticePolicy.AddNoticePolicy(Services);
        // bunit registers a placeholder that refuses to decide; the real service evaluates the portal's policies.
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("someone", role));
        Services.AddCascadingAuthenticationState();

        var menu = Show<NavMenu>();

        // Several areas share a policy (the administrator's pages, every signed-in user's), so links are told apart by where they go.
        var shown = NavLinks.All.Where(link => menu.FindAll($"[data-testid=nav] a[href='{link.Href}']").Count > 0).Select(link => link.Href).ToList();
        Assert.Equal(hrefs.Length == 0 ? [] : hrefs.Split(','), shown);
    }
}
