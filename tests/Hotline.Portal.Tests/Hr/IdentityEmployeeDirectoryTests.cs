using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Configuration;
using Hotline.Portal.Identity;
using Hotline.Portal.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Hr;

/// <summary>The employee list on the real Identity store (SQLite): staff with their staff roles only; partner accounts and users without a role are left out.</summary>
[Trait("Category", "Unit")]
public sealed class IdentityEmployeeDirectoryTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hotline-employees-").FullName;
    private ServiceProvider _services = null!;
    private AsyncServiceScope _scope;

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddPortalIdentity(new HotlineOptions { DataDir = _folder });
        services.AddScoped<IEmployeeDirectory, IdentityEmployeeDirectory>();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
        var token = TestContext.Current.CancellationToken;
        await _scope.ServiceProvider.GetRequiredService<PortalIdentityDbContext>().Database.EnsureCreatedAsync(token);
        var roles = _scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in PlatformRole.All)
            await roles.CreateAsync(new IdentityRole(role));
        var users = _scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var (name, display, held) in new (string, string, string[])[]
                 {
                     ("8001", "坐席 8001", [PlatformRole.Agent]),
                     ("lead", "组长", [PlatformRole.Supervisor, PlatformRole.Enterprise]),
                     ("unit-a", "区交通局", [PlatformRole.HandlingUnit]),
                     ("nobody", "无角色", []),
                 })
        {
            var user = new PortalUser { UserName = name, DisplayName = display };
            Assert.True((await users.CreateAsync(user, "demo-" + name)).Succeeded);
            if (held.Length > 0)
                Assert.True((await users.AddToRolesAsync(user, held)).Succeeded);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Lists_staff_with_their_staff_roles_and_leaves_partners_out()
    {
        var rows = await _scope.ServiceProvider.GetRequiredService<IEmployeeDirectory>().ListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
            [new EmployeeRow("8001", "坐席 8001", [PlatformRole.Agent]), new EmployeeRow("lead", "组长", [PlatformRole.Supervisor])],
            rows,
            (a, b) => a.UserName == b.UserName && a.DisplayName == b.DisplayName && a.Roles.SequenceEqual(b.Roles));
    }
}
