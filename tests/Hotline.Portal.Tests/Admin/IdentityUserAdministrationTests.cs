using System.Security.Claims;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Administration;
using Hotline.Portal.Api;
using Hotline.Portal.Configuration;
using Hotline.Portal.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

/// <summary>User administration on the real Identity store (SQLite): role changes and locks audited as permission changes, the last usable
/// administrator protected, unknown roles and users refused with nothing changed.</summary>
[Trait("Category", "Unit")]
public sealed class IdentityUserAdministrationTests : IAsyncLifetime
{
    private static readonly ClaimsPrincipal Actor = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], "test"));
    private readonly string _folder = Directory.CreateTempSubdirectory("hotline-admin-users-").FullName;
    private ServiceProvider _services = null!;
    private AsyncServiceScope _scope;

    private IUserAdministration Users => _scope.ServiceProvider.GetRequiredService<IUserAdministration>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddPortalIdentity(new HotlineOptions { DataDir = _folder });
        services.AddScoped<IUserAdministration, IdentityUserAdministration>();
        services.Configure<PartnerOptions>(o => o.Accounts.Add(new PartnerAccount { Id = "bus-company-api", UnitId = "unit-bus", TokenSha256 = new string('a', 64) }));
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
        await _scope.ServiceProvider.GetRequiredService<PortalIdentityDbContext>().Database.EnsureCreatedAsync(Token);
        var roles = _scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in PlatformRole.All)
            await roles.CreateAsync(new IdentityRole(role));
        var users = _scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var (name, role) in new[] { ("admin", PlatformRole.Admin), ("8001", PlatformRole.Agent) })
        {
            var user = new PortalUser { UserName = name, DisplayName = name };
            Assert.True((await users.CreateAsync(user, "demo-" + name)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync() => await _scope.ServiceProvider.GetRequiredService<AuditLog>().LatestAsync(20, Token);

    [Fact]
    public async Task The_last_administrator_keeps_the_role_and_cannot_be_locked()
    {
        Assert.Equal(IdentityUserAdministration.LastAdminKey, (await Users.ChangeRoleAsync(Actor, "admin", PlatformRole.Admin, assign: false, Token)).RefusalKey);
        Assert.Equal(IdentityUserAdministration.LastAdminKey, (await Users.SetLockedAsync(Actor, "admin", locked: true, Token)).RefusalKey);

        var admin = Assert.Single(await Users.ListAsync(Token), u => u.UserName == "admin");
        Assert.Contains(PlatformRole.Admin, admin.Roles);
        Assert.False(admin.Locked);
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task With_a_second_administrator_the_role_can_move_and_each_change_is_audited()
    {
        Assert.True((await Users.ChangeRoleAsync(Actor, "8001", PlatformRole.Admin, assign: true, Token)).Succeeded);
        Assert.True((await Users.ChangeRoleAsync(Actor, "admin", PlatformRole.Admin, assign: false, Token)).Succeeded);
        Assert.True((await Users.SetLockedAsync(Actor, "admin", locked: true, Token)).Succeeded);

        var rows = await Users.ListAsync(Token);
        Assert.DoesNotContain(PlatformRole.Admin, Assert.Single(rows, u => u.UserName == "admin").Roles);
        Assert.True(Assert.Single(rows, u => u.UserName == "admin").Locked);
        Assert.Equal(["lock", "-admin", "+admin"], (await AuditAsync()).Select(e => e.Detail));
        Assert.All(await AuditAsync(), e => Assert.Equal((AuditAction.PermissionChange, "admin"), (e.Action, e.Actor)));
        // 8001 is now the last usable administrator.
        Assert.Equal(IdentityUserAdministration.LastAdminKey, (await Users.SetLockedAsync(Actor, "8001", locked: true, Token)).RefusalKey);
    }

    [Fact]
    public async Task Unknown_roles_and_users_are_refused_by_name_and_change_nothing()
    {
        var role = await Users.ChangeRoleAsync(Actor, "8001", "superuser", assign: true, Token);
        var user = await Users.SetLockedAsync(Actor, "nobody", locked: true, Token);

        Assert.Equal((IdentityUserAdministration.UnknownRoleKey, "superuser"), (role.RefusalKey, role.Detail));
        Assert.Equal((IdentityUserAdministration.UnknownUserKey, "nobody"), (user.RefusalKey, user.Detail));
        Assert.Equal([PlatformRole.Agent], Assert.Single(await Users.ListAsync(Token), u => u.UserName == "8001").Roles);
        Assert.Empty(await AuditAsync());
    }

    private UserManager<PortalUser> Accounts => _scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

    [Fact]
    public async Task A_created_account_signs_in_with_its_initial_password_holds_its_roles_and_is_audited()
    {
        var outcome = await Users.CreateAsync(Actor, new NewPortalUser(" 9001 ", " 新坐席 ", "start-9001", [PlatformRole.Agent, PlatformRole.Trainer]), Token);

        Assert.True(outcome.Succeeded, outcome.RefusalKey);
        var row = Assert.Single(await Users.ListAsync(Token), u => u.UserName == "9001");
        Assert.Equal(("新坐席", false), (row.DisplayName, row.Locked));
        Assert.Equal([PlatformRole.Agent, PlatformRole.Trainer], row.Roles);
        Assert.True(await Accounts.CheckPasswordAsync((await Accounts.FindByNameAsync("9001"))!, "start-9001"));
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal((AuditAction.UserCreate, "admin", "9001", "agent,trainer"), (entry.Action, entry.Actor, entry.Target, entry.Detail));
    }

    [Theory]
    [InlineData("8001", "某人", "long-enough", AccountRuleRefusal.UserNameTakenKey, UserField.UserName, "8001")]
    [InlineData("", "某人", "long-enough", IdentityUserAdministration.RequiredKey, UserField.UserName, null)]
    [InlineData("9002", " ", "long-enough", IdentityUserAdministration.RequiredKey, UserField.DisplayName, null)]
    [InlineData("9002", "某人", "", IdentityUserAdministration.RequiredKey, UserField.Password, null)]
    [InlineData("9002", "某人", "short", "Password_PasswordTooShort", UserField.Password, "6")]
    [InlineData("坐席 9002", "某人", "long-enough", AccountRuleRefusal.UserNameInvalidKey, UserField.UserName, "坐席 9002")]
    public async Task A_bad_field_is_refused_by_name_and_writes_nothing(string userName, string displayName, string password, string key, string field, string? detail)
    {
        var outcome = await Users.CreateAsync(Actor, new NewPortalUser(userName, displayName, password, [PlatformRole.Agent]), Token);

        Assert.Equal((key, field, detail), (outcome.RefusalKey, outcome.Field, outcome.Detail));
        Assert.Equal(["8001", "admin"], (await Users.ListAsync(Token)).Select(u => u.UserName));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task A_new_account_needs_known_roles()
    {
        var none = await Users.CreateAsync(Actor, new NewPortalUser("9003", "某人", "long-enough", []), Token);
        var unknown = await Users.CreateAsync(Actor, new NewPortalUser("9003", "某人", "long-enough", [PlatformRole.Agent, "superuser"]), Token);

        Assert.Equal((IdentityUserAdministration.NoRoleKey, UserField.Roles), (none.RefusalKey, none.Field));
        Assert.Equal((IdentityUserAdministration.UnknownRoleKey, "superuser", UserField.Roles), (unknown.RefusalKey, unknown.Detail, unknown.Field));
        Assert.Null(await Accounts.FindByNameAsync("9003"));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task A_password_reset_replaces_the_password_and_is_audited_without_it()
    {
        var weak = await Users.ResetPasswordAsync(Actor, "8001", "abc", Token);
        var done = await Users.ResetPasswordAsync(Actor, "8001", "fresh-8001", Token);
        var nobody = await Users.ResetPasswordAsync(Actor, "nobody", "fresh-8001", Token);

        Assert.Equal(("Password_PasswordTooShort", UserField.Password), (weak.RefusalKey, weak.Field));
        Assert.True(done.Succeeded, done.RefusalKey);
        Assert.Equal((IdentityUserAdministration.UnknownUserKey, "nobody"), (nobody.RefusalKey, nobody.Detail));
        var user = (await Accounts.FindByNameAsync("8001"))!;
        Assert.True(await Accounts.CheckPasswordAsync(user, "fresh-8001"));
        Assert.False(await Accounts.CheckPasswordAsync(user, "demo-8001"));
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal((AuditAction.PasswordReset, "8001", null), (entry.Action, entry.Target, entry.Detail));
    }

    [Fact]
    public async Task A_unit_account_is_created_for_its_unit_signs_in_with_it_and_the_unit_is_offered_for_dispatch()
    {
        var outcome = await Users.CreateAsync(Actor, new NewPortalUser("taxi-office", "出租车管理处", "start-taxi", [PlatformRole.HandlingUnit], " unit-taxi "), Token);

        Assert.True(outcome.Succeeded, outcome.RefusalKey);
        var account = (await Accounts.FindByNameAsync("taxi-office"))!;
        var signedIn = await _scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(account);
        Assert.Equal("unit-taxi", signedIn.FindFirstValue(PartnerTokenHandler.UnitClaim));
        Assert.Equal("handling-unit unit:unit-taxi", Assert.Single(await AuditAsync()).Detail?.Replace(",", " ", StringComparison.Ordinal));
        // Units of portal accounts and of partner tokens, once each, in order.
        Assert.Equal(["unit-bus", "unit-taxi"], await _services.GetRequiredService<HandlingUnitDirectory>().ListAsync(Token));
    }

    [Fact]
    public async Task A_unit_account_needs_its_unit_and_only_unit_accounts_take_one()
    {
        var missing = await Users.CreateAsync(Actor, new NewPortalUser("ent-1", "某运输企业", "long-enough", [PlatformRole.Enterprise], "  "), Token);
        var stray = await Users.CreateAsync(Actor, new NewPortalUser("9004", "某人", "long-enough", [PlatformRole.Agent], "unit-taxi"), Token);
        var tooLong = await Users.CreateAsync(Actor, new NewPortalUser("ent-2", "某运输企业", "long-enough", [PlatformRole.Enterprise], new string('u', 129)), Token);

        Assert.Equal((IdentityUserAdministration.UnitRequiredKey, UserField.Unit), (missing.RefusalKey, missing.Field));
        Assert.Equal((IdentityUserAdministration.UnitWithoutRoleKey, "unit-taxi", UserField.Unit), (stray.RefusalKey, stray.Detail, stray.Field));
        Assert.Equal((IdentityUserAdministration.UnitTooLongKey, "128", UserField.Unit), (tooLong.RefusalKey, tooLong.Detail, tooLong.Field));
        Assert.Equal(["8001", "admin"], (await Users.ListAsync(Token)).Select(u => u.UserName));
        Assert.Equal(["unit-bus"], await _services.GetRequiredService<HandlingUnitDirectory>().ListAsync(Token));
        Assert.Empty(await AuditAsync());
    }
}
