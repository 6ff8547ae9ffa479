using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Components.Pages.Hr;
using Hotline.Portal.People;
using Hotline.Portal.Tests.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Portal.Tests.Hr;

/// <summary>员工名单: every employee with Chinese role names and a link to the archive, filtered by role and by part of the user or display name.</summary>
[Trait("Category", "Unit")]
public sealed class EmployeesPageTests : PortalComponentTest
{
    public EmployeesPageTests() => Services.AddSingleton<IEmployeeDirectory>(new FixedDirectory());

    [Fact]
    public void Lists_employees_with_role_names_and_archive_links()
    {
        var page = Show<EmployeesPage>();

        page.WaitForAssertion(() => Assert.Equal(["8001", "8002", "supervisor"], Shown(page)));
        var table = page.Find("[data-testid='employees-table']").TextContent;
        Assert.Contains("坐席 8001", table, StringComparison.Ordinal);
        Assert.Contains("客服主管、培训员", table, StringComparison.Ordinal);
        Assert.Equal("/hr/employees/8001", page.Find("[data-testid='employee-archive-8001']").GetAttribute("href"));
    }

    [Fact]
    public async Task Filters_by_role_and_by_name()
    {
        var page = Show<EmployeesPage>();
        page.WaitForAssertion(() => Assert.Equal(3, Shown(page).Count));

        var roles = page.FindComponent<MudSelect<string>>();
        await roles.InvokeAsync(() => roles.Instance.ValueChanged.InvokeAsync(PlatformRole.Agent));
        page.WaitForAssertion(() => Assert.Equal(["8001", "8002"], Shown(page)));

        page.Find("input[data-testid='employees-filter-name'], [data-testid='employees-filter-name'] input").Input("王");
        page.WaitForAssertion(() => Assert.Equal(["8002"], Shown(page)));

        await roles.InvokeAsync(() => roles.Instance.ValueChanged.InvokeAsync(PlatformRole.Trainer));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid='employees-empty']")));
        Assert.Empty(Shown(page));
    }

    private static List<string> Shown(IRenderedComponent<EmployeesPage> page) =>
        [.. page.FindAll("td[data-testid^='employee-']").Where(td => !td.GetAttribute("data-testid")!.StartsWith("employee-archive-", StringComparison.Ordinal)).Select(td => td.TextContent.Trim())];

    private sealed class FixedDirectory : IEmployeeDirectory
    {
        public Task<IReadOnlyList<EmployeeRow>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<EmployeeRow>>(
            [
                new EmployeeRow("8001", "坐席 8001", [PlatformRole.Agent]),
                new EmployeeRow("8002", "王芳", [PlatformRole.Agent]),
                new EmployeeRow("supervisor", "李主管", [PlatformRole.Supervisor, PlatformRole.Trainer]),
            ]);
    }
}
