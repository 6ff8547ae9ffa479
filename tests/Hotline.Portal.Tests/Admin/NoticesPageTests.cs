using Bunit;
using Hotline.Portal.Components.Pages.Admin;
using Hotline.Portal.Public.Notices;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The notice page on the real notice store: a draft written, published (then visible to citizens) and withdrawn, each audited;
/// a draft without title or with an oversized body shows the field's Chinese message and stores nothing.</summary>
[Trait("Category", "Unit")]
public sealed class NoticesPageTests : TicketCatalogPageTest
{
    [Fact]
    public async Task A_draft_is_written_published_and_withdrawn_through_the_store_and_audited()
    {
        await CreateStoresAsync();
        var store = Services.GetRequiredService<NoticeStore>();
        var page = Show<NoticesPage>();

        Field(page, "notice-form-title").Change("春节期间出租车服务安排");
        Field(page, "notice-form-body").Change("春节期间全市出租车正常运营。");
        page.Find("[data-testid='notice-save']").Click();
        page.WaitForAssertion(() => Assert.Contains("草稿“春节期间出租车服务安排”已保存", Text(page, "notice-message"), StringComparison.Ordinal));
        var id = Assert.Single(await store.ListAsync(Token)).Id;
        Assert.Equal("草稿", Text(page, $"notice-state-{id}"));
        Assert.Empty(await store.PublishedAsync(Token));

        page.Find($"[data-testid='notice-publish-{id}']").Click();
        page.WaitForAssertion(() => Assert.Equal("已发布", Text(page, $"notice-state-{id}")));
        Assert.Equal("admin", Assert.Single(await store.PublishedAsync(Token)).PublishedBy);

        page.Find($"[data-testid='notice-withdraw-{id}']").Click();
        page.WaitForAssertion(() => Assert.Equal("已撤回", Text(page, $"notice-state-{id}")));
        Assert.Empty(await store.PublishedAsync(Token));
        Assert.Equal(["notice-withdraw", "notice-publish", "notice-create"], (await AuditedAsync()).Select(e => e.Action));
        Assert.All(await AuditedAsync(), e => Assert.Equal(("admin", $"notice:{id}"), (e.Actor, e.Target)));
    }

    [Fact]
    public async Task A_draft_without_title_shows_the_title_message_and_stores_nothing()
    {
        await CreateStoresAsync();
        var page = Show<NoticesPage>();

        Field(page, "notice-form-body").Change("正文");
        page.Find("[data-testid='notice-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("请填写公告标题", page.Find("[data-testid='notice-form']").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("请填写公告正文", page.Find("[data-testid='notice-form']").TextContent, StringComparison.Ordinal);
        Assert.Empty(await Services.GetRequiredService<NoticeStore>().ListAsync(Token));
        Assert.Empty(await AuditedAsync());
    }

    [Fact]
    public async Task An_oversized_body_shows_the_body_message_and_stores_nothing()
    {
        await CreateStoresAsync();
        var page = Show<NoticesPage>();

        Field(page, "notice-form-title").Change("通知");
        Field(page, "notice-form-body").Change(new string('字', NoticeRules.MaxBody + 1));
        page.Find("[data-testid='notice-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("公告正文不能超过 20000 个字", page.Find("[data-testid='notice-form']").TextContent, StringComparison.Ordinal));
        Assert.Empty(await Services.GetRequiredService<NoticeStore>().ListAsync(Token));
        Assert.Empty(await AuditedAsync());
    }
}
