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
    [InlineData(PlatformRole.Agent, "desk,ticket-api,signed-in")]
    [InlineData(PlatformRole.Supervisor, "wallboard,ticket-api,signed-in,qa,reports")]
    [InlineData(PlatformRole.Manager, "wallboard,ticket-api,signed-in,qa,reports")]
    [InlineData(PlatformRole.Admin, "ticket-api,signed-in,qa,reports,admin")]
    [InlineData(PlatformRole.Analyst, "signed-in,reports")]
    [InlineData(PlatformRole.Inspector, "signed-in,qa")]
    public void A_role_sees_exactly_its_areas(string role, string areas)
    {
        Services.AddAuthorizationBuilder().AddPortalPolicies();
        // bunit registers a placeholder that refuses to decide; the real service evaluates the portal's policies.
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("someone", role));
        Services.AddCascadingAuthenticationState();

        var menu = Show<NavMenu>();

        var shown = NavLinks.All.Where(link => menu.FindAll($"[data-testid=nav-{link.Policy}]").Count > 0).Select(link => link.Policy).ToList();
        Assert.Equal(areas.Length == 0 ? [] : areas.Split(','), shown);
    }
}
