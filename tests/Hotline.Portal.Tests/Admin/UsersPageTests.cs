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

    [Fact]
    public void Creating_a_user_sends_the_fields_and_the_chosen_roles_as_the_signed_in_admin()
    {
        var page = Show<UsersPage>();
        // The roles to choose from read in Chinese.
        Assert.Contains("培训员", page.Find("[data-testid='new-user-form']").TextContent, StringComparison.Ordinal);

        Field(page, "new-user-name").Change(" 9001 ");
        Field(page, "new-user-display").Change("新坐席");
        Field(page, "new-user-password").Change("secret-9001");
        Field(page, $"new-user-role-{PlatformRole.Agent}").Change(true);
        Field(page, $"new-user-role-{PlatformRole.Trainer}").Change(true);
        page.Find("[data-testid='new-user-create']").Click();

        page.WaitForAssertion(() => Assert.Contains("已创建用户“9001”", page.Find("[data-testid='admin-message']").TextContent, StringComparison.Ordinal));
        var created = Assert.Single(administration.Created);
        Assert.Equal(("admin", "9001", "新坐席", "secret-9001"), (created.Actor, created.User.UserName, created.User.DisplayName, created.User.Password));
        Assert.Equal([PlatformRole.Agent, PlatformRole.Trainer], created.User.Roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_refused_field_is_named_in_chinese_beside_the_field_and_in_the_banner()
    {
        administration.Refusal = new AdminOutcome(AccountRuleRefusal.UserNameTakenKey, "8001", UserField.UserName);
        var page = Show<UsersPage>();

        Field(page, "new-user-name").Change("8001");
        page.Find("[data-testid='new-user-create']").Click();

        page.WaitForAssertion(() => Assert.Contains("用户名：“8001”已被使用", page.Find("[data-testid='admin-message']").TextContent, StringComparison.Ordinal));
        Assert.Contains("已被使用", page.Find("[data-testid='new-user-form']").TextContent, StringComparison.Ordinal);
        // The typed name stays for the admin to correct.
        Assert.Equal("8001", Field(page, "new-user-name").GetAttribute("value"));
    }

    [Fact]
    public void A_password_reset_sends_the_new_password_for_that_user_and_a_weak_one_is_refused_by_rule()
    {
        administration.Refusal = new AdminOutcome(AccountRuleRefusal.PasswordKeyPrefix + "PasswordTooShort", "6", UserField.Password);
        var page = Show<UsersPage>();

        page.WaitForElement("[data-testid='reset-8001']").Click();
        Field(page, "reset-password").Change("abc");
        page.Find("[data-testid='reset-confirm']").Click();

        page.WaitForAssertion(() => Assert.Contains("密码：至少需要 6 个字符。", page.Find("[data-testid='reset-form']").TextContent, StringComparison.Ordinal));
        administration.Refusal = AdminOutcome.Done;
        Field(page, "reset-password").Change("long-enough");
        page.Find("[data-testid='reset-confirm']").Click();

        page.WaitForAssertion(() => Assert.Contains("已重置“8001”的密码", page.Find("[data-testid='admin-message']").TextContent, StringComparison.Ordinal));
        Assert.Equal([("8001", "abc"), ("8001", "long-enough")], administration.Resets);
        Assert.Empty(page.FindAll("[data-testid='reset-form']"));
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<UsersPage> page, string testId) =>
        page.Find($"input[data-testid='{testId}'], [data-testid='{testId}'] input");

    private sealed class RecordingAdministration : IUserAdministration
    {
        public List<(string Actor, string User, string Role, bool Assign)> Changes { get; } = [];

        public List<(string User, bool Locked)> Locks { get; } = [];

        public AdminOutcome Refusal { get; set; } = AdminOutcome.Done;

        public List<(string Actor, NewPortalUser User)> Created { get; } = [];

        public List<(string User, string Password)> Resets { get; } = [];

        public Task<AdminOutcome> CreateAsync(ClaimsPrincipal actor, NewPortalUser user, CancellationToken cancellationToken)
        {
            Created.Add((actor.Identity?.Name ?? "", user));
            return Task.FromResult(Refusal);
        }

        public Task<AdminOutcome> ResetPasswordAsync(ClaimsPrincipal actor, string userName, string password, CancellationToken cancellationToken)
        {
            Resets.Add((userName, password));
            return Task.FromResult(Refusal);
        }

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
