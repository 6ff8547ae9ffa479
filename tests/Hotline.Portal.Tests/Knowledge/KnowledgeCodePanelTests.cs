using Bunit;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge;
using Hotline.Grains.Knowledge.Search;
using Hotline.Grains.Knowledge.Store;
using Hotline.Portal.Components.Pages.Knowledge;
using Hotline.Portal.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>编码管理 on the real knowledge catalog and a SQLite file: codes shown as a tree, a child code added under its parent, a rename, and the
/// catalog's refusals (an unknown parent, a role that keeps no codes) shown with nothing stored.</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeCodePanelTests : PortalComponentTest
{
    private static readonly KnowledgeActor Manager = new("manager-1", ["manager"]);
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-knowledge-codes-").FullName;
    private readonly PooledDbContextFactory<KnowledgeDbContext> contexts;
    private readonly KnowledgeCatalog catalog;

    public KnowledgeCodePanelTests()
    {
        contexts = new PooledDbContextFactory<KnowledgeDbContext>(
            new DbContextOptionsBuilder<KnowledgeDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "knowledge.db")}").Options);
        var options = Options.Create(new KnowledgeOptions { SearchFolder = Path.Combine(folder, "search"), ImagesFolder = Path.Combine(folder, "images") });
        // Codes touch only the store; the grain factory and search are there because the catalog is built with them.
        catalog = new KnowledgeCatalog(contexts, KnowledgePageGrainFactory.Over(new Dictionary<string, IKnowledgeArticleGrain>()), TimeProvider.System, options, [],
            new KnowledgeSearch(contexts, options));
        Services.AddSingleton<IKnowledgeCatalog>(catalog);
    }

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    private async Task<IRenderedComponent<KnowledgeCodePanel>> ShowAsync(KnowledgeActor actor)
    {
        await using (var db = await contexts.CreateDbContextAsync(Token))
            await KnowledgeStoreSchema.EnsureAsync(db, Token);
        await catalog.DefineCodeAsync(Manager, new KnowledgeCode("90", "测试运输", null), Token);
        await catalog.DefineCodeAsync(Manager, new KnowledgeCode("91", "测试水运", null), Token);
        await catalog.DefineCodeAsync(Manager, new KnowledgeCode("90.01", "测试出租", "90"), Token);
        return Show<KnowledgeCodePanel>(p => p.Add(x => x.Actor, actor));
    }

    private static Task ChooseParentAsync(IRenderedComponent<KnowledgeCodePanel> panel, string? parent)
    {
        var select = panel.FindComponent<MudBlazor.MudSelect<string>>();
        return panel.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(parent));
    }

    // The rows of this test's own codes (90 and below, 91), in the order shown; the store also holds the seeded codes.
    private static List<string> Rows(IRenderedComponent<KnowledgeCodePanel> panel) =>
        [.. panel.FindAll("[data-testid=code-row]").Select(r => string.Join(" ", r.QuerySelectorAll("td").Take(2).Select(c => c.TextContent.Trim())))
            .Where(row => row.StartsWith("90", StringComparison.Ordinal) || row.StartsWith("91", StringComparison.Ordinal))];

    private static string Indent(IRenderedComponent<KnowledgeCodePanel> panel, string code) =>
        panel.FindAll("[data-testid=code-row] td:first-child").Single(c => c.TextContent.Trim() == code).GetAttribute("style")!;

    [Fact]
    public async Task Codes_show_as_a_tree_and_a_child_is_added_under_its_parent()
    {
        var panel = await ShowAsync(Manager);
        Assert.Equal(["90 测试运输", "90.01 测试出租", "91 测试水运"], Rows(panel));
        Assert.Equal("padding-left:0.5rem", Indent(panel, "90"));
        Assert.Equal("padding-left:2rem", Indent(panel, "90.01"));

        Type(panel, "code-value", "90.02");
        Type(panel, "code-name", "测试网约");
        await ChooseParentAsync(panel, "90");
        panel.Find("[data-testid=code-save]").Click();

        panel.WaitForAssertion(() => Assert.Equal("编码 90.02（测试网约）已保存。", panel.Find("[data-testid=code-saved]").TextContent));
        Assert.Equal(["90 测试运输", "90.01 测试出租", "90.02 测试网约", "91 测试水运"], Rows(panel));
        Assert.Contains(new KnowledgeCode("90.02", "测试网约", "90"), await catalog.GetCodesAsync(Token));
    }

    [Fact]
    public async Task A_code_is_renamed_from_its_row()
    {
        var panel = await ShowAsync(Manager);

        panel.Find("[data-testid='code-edit-90.01']").Click();
        Type(panel, "code-name", "测试巡游出租");
        panel.Find("[data-testid=code-save]").Click();

        panel.WaitForAssertion(() => Assert.Contains("90.01 测试巡游出租", Rows(panel)));
        Assert.Contains(new KnowledgeCode("90.01", "测试巡游出租", "90"), await catalog.GetCodesAsync(Token));
    }

    [Fact]
    public async Task The_catalogs_refusals_are_shown_and_nothing_is_stored()
    {
        var panel = await ShowAsync(new KnowledgeActor("editor-a", ["supervisor"]));
        Type(panel, "code-value", "92");
        Type(panel, "code-name", "测试轨道");

        panel.Find("[data-testid=code-save]").Click();

        panel.WaitForAssertion(() => Assert.Contains("needs one of the roles", panel.Find("[data-testid=code-problem]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(await catalog.GetCodesAsync(Token), c => c.Code == "92");
    }

    [Fact]
    public async Task An_empty_name_is_refused_naming_the_code()
    {
        var panel = await ShowAsync(Manager);
        var before = (await catalog.GetCodesAsync(Token)).Count;
        Type(panel, "code-value", "93");

        panel.Find("[data-testid=code-save]").Click();

        panel.WaitForAssertion(() => Assert.Contains("'93' needs a name", panel.Find("[data-testid=code-problem]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, (await catalog.GetCodesAsync(Token)).Count);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
