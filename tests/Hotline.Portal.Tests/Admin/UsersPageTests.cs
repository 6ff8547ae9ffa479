using System.Security.Claims;
using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Administration;
using Hotline.Portal.Components.Pages.Admin;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

[Trait("Category", "Unit")]
public sealed class UsersPageTests : PortalComponentTest
{
    private readonly RecordingAdministration administration = new();

    public UsersPageTests()
    {
        Services.AddSingleton<IUserAdministration>(administration);
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("admin", PlatformRole.Admin));
        Services.AddCascadingAuthenticationState();
        Services.AddAuthorizationCore();
    }

    [Fact]
    public void Lists_users_with_their_roles()
    {
        var page = Show<UsersPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid='role-8001-agent']")));
        Assert.Contains("坐席 8001", page.Find("[data-testid='users-table']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_role_calls_the_service_as_the_signed_in_admin()
    {
        var page = Show<UsersPage>();

        page.WaitForElement("[data-testid='add-8001-supervisor']").Click();

        page.WaitForAssertion(() => Assert.Equal(("admin", "8001", PlatformRole.Supervisor, true), Assert.Single(administration.Changes)));
        Assert.Contains("已保存", page.Find("[data-testid='admin-message']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusing_the_last_admin_shows_the_chinese_reason()
    {
        administration.Refusal = new AdminOutcome(IdentityUserAdministration.LastAdminKey, "admin");
        var page = Show<UsersPage>();

        page.WaitForElement("[data-testid='lock-admin']").Click();

        page.WaitForAssertion(() => Assert.Contains("不能移除或锁定最后一个管理员（admin）", page.Find("[data-testid='admin-message']").TextContent, StringComparison.Ordinal));
        Assert.Equal(("admin", true), Assert.Single(administration.Locks));
    }

    private sealed class RecordingAdministration : IUserAdministration
    {
        public List<(string Actor, string User, string Role, bool Assign)> Changes { get; } = [];

        public List<(string User, bool Locked)> Locks { get; } = [];

        public AdminOutcome Refusal { get; set; } = AdminOutcome.Done;

        public Task<IReadOnlyList<PortalUserRow>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PortalUserRow>>(
            [
                new PortalUserRow("8001", "坐席 8001", [PlatformRole.Agent], false),
                new PortalUserRow("admin", "管理员", [PlatformRole.Admin], false),
            ]);

        public Task<AdminOutcome> ChangeRoleAsync(ClaimsPrincipal actor, string userName, string role, bool assign, CancellationToken cancellationToken)
        {
            Changes.Add((actor.Identity?.Name ?? "", userName, role, assign));
            return Task.FromResult(Refusal);
        }

        public Task<AdminOutcome> SetLockedAsync(ClaimsPrincipal actor, string userName, bool locked, CancellationToken cancellationToken)
        {
            Locks.Add((userName, locked));
            return Task.FromResult(Refusal);
        }
    }
}
