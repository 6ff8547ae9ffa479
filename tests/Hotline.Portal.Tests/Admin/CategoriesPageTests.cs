using Bunit;
using Hotline.Grains.Tickets.Categories;
using Hotline.Grains.Tickets.Store;
using Hotline.Portal.Administration;
using Hotline.Portal.Components.Pages.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The category page on the real store: own and inherited SLA shown, a child added, a node edited and retired, each change audited;
/// a taken code, an empty name or non-numeric hours show the field's Chinese message and store nothing.</summary>
[Trait("Category", "Unit")]
public sealed class CategoriesPageTests : TicketCatalogPageTest
{
    [Fact]
    public async Task Shows_own_inherited_and_type_SLA_hours()
    {
        await CreateStoresAsync();
        var page = Show<CategoriesPage>();

        page.WaitForAssertion(() => Assert.Equal("24 小时", Text(page, "category-sla-urban.taxi.lost-property")));
        Assert.Equal("240 小时", Text(page, "category-sla-construction"));
        Assert.Equal("按工单类型", Text(page, "category-sla-urban.taxi"));
        Assert.Equal("出租车", Text(page, "category-name-urban.taxi"));
    }

    [Fact]
    public async Task A_child_is_added_under_its_parent_inherits_its_hours_and_is_audited()
    {
        await CreateStoresAsync();
        var page = Show<CategoriesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='category-add-construction']").Click());

        Field(page, "category-form-code").Change("noise");
        Field(page, "category-form-name").Change("施工噪声");
        page.Find("[data-testid='category-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("类别“construction.noise”已添加", Text(page, "category-message"), StringComparison.Ordinal));
        Assert.Equal("240 小时（继承自 construction）", Text(page, "category-sla-construction.noise"));
        await using var db = Store();
        var row = await db.Set<TicketCategoryRecord>().AsNoTracking().SingleAsync(c => c.Code == "construction.noise", Token);
        Assert.Equal(("construction", "施工噪声", (int?)null, true), (row.ParentCode, row.Name, row.SlaHours, row.Enabled));
        var entry = Assert.Single(await AuditedAsync());
        Assert.Equal(("admin", StoreTicketCategoryAdministration.AuditActionName, "category:construction.noise"), (entry.Actor, entry.Action, entry.Target));
    }

    [Fact]
    public async Task An_edit_renames_and_sets_hours_and_a_retired_category_is_shown_disabled()
    {
        await CreateStoresAsync();
        var page = Show<CategoriesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='category-edit-urban.bus']").Click());

        Field(page, "category-form-name").Change("公共汽电车");
        Field(page, "category-form-sla").Change("48");
        page.Find("[data-testid='category-save']").Click();
        page.WaitForAssertion(() => Assert.Equal("48 小时", Text(page, "category-sla-urban.bus")));
        page.Find("[data-testid='category-toggle-urban.bus']").Click();

        page.WaitForAssertion(() => Assert.Equal("已停用", Text(page, "category-state-urban.bus")));
        Assert.Equal("公共汽电车", Text(page, "category-name-urban.bus"));
        await using var db = Store();
        var row = await db.Set<TicketCategoryRecord>().AsNoTracking().SingleAsync(c => c.Code == "urban.bus", Token);
        Assert.Equal(("公共汽电车", (int?)48, false), (row.Name, row.SlaHours, row.Enabled));
        Assert.Equal(["disabled", "SLA 48 h", "renamed to \"公共汽电车\""], (await AuditedAsync()).Select(e => e.Detail));
    }

    [Fact]
    public async Task Intake_in_this_process_sees_an_edit_at_once()
    {
        await CreateStoresAsync();
        var held = Services.GetRequiredService<TicketCategoryCache>();
        await using (var db = Store())
            Assert.Equal(["城市客运", "公交"], (await held.GetAsync(db, Token)).NamePath("urban.bus"));
        var page = Show<CategoriesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='category-edit-urban.bus']").Click());

        Field(page, "category-form-name").Change("公共汽电车");
        page.Find("[data-testid='category-save']").Click();
        page.WaitForAssertion(() => Assert.Equal("公共汽电车", Text(page, "category-name-urban.bus")));

        await using var check = Store();
        Assert.Equal(["城市客运", "公共汽电车"], (await held.GetAsync(check, Token)).NamePath("urban.bus"));
    }

    [Fact]
    public async Task A_taken_code_shows_the_code_field_message_and_stores_nothing()
    {
        await CreateStoresAsync();
        var page = Show<CategoriesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='category-add-urban']").Click());

        Field(page, "category-form-code").Change("taxi");
        Field(page, "category-form-name").Change("另一个出租车");
        page.Find("[data-testid='category-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("“编码”已被使用；编码不能重复使用", page.Find("[data-testid='category-form']").TextContent, StringComparison.Ordinal));
        await using var db = Store();
        Assert.Equal("出租车", (await db.Set<TicketCategoryRecord>().AsNoTracking().SingleAsync(c => c.Code == "urban.taxi", Token)).Name);
        Assert.Empty(await AuditedAsync());
    }

    [Theory]
    [InlineData("category-form-name", " ", "请填写“名称”")]
    [InlineData("category-form-sla", "两天", "“办理时限（小时）”须为整数小时，或留空继承")]
    [InlineData("category-form-sla", "0", "“办理时限（小时）”须在 1 到 8760 之间")]
    public async Task An_invalid_edit_shows_the_field_message_and_stores_nothing(string field, string value, string expected)
    {
        await CreateStoresAsync();
        var page = Show<CategoriesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='category-edit-urban.metro']").Click());

        Field(page, field).Change(value);
        page.Find("[data-testid='category-save']").Click();

        page.WaitForAssertion(() => Assert.Contains(expected, page.Find("[data-testid='category-form']").TextContent, StringComparison.Ordinal));
        Assert.Contains(expected, Text(page, "category-message"), StringComparison.Ordinal);
        await using var db = Store();
        var row = await db.Set<TicketCategoryRecord>().AsNoTracking().SingleAsync(c => c.Code == "urban.metro", Token);
        Assert.Equal(("地铁", (int?)null), (row.Name, row.SlaHours));
        Assert.Empty(await AuditedAsync());
    }
}
