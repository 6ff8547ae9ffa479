using System.Security.Claims;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Administration;
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
}
