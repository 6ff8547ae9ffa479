using Bunit;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Components.Pages.Public;
using Hotline.Portal.Tests.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Public;

/// <summary>The citizen query page: a ticket shows only with its number and phone, as the intake's citizen view (escaped, no staff data).</summary>
[Trait("Category", "Unit")]
public sealed class PublicQueryPageTests : PortalComponentTest
{
    private const string Number = "12328-20261128-0000007";
    private const string Phone = "13912345678";

    private static readonly CitizenTicketView View = new(Number, TicketType.Complaint, "处理中", new DateTimeOffset(2026, 11, 28, 1, 30, 0, TimeSpan.Zero),
        [new(new DateTimeOffset(2026, 11, 28, 1, 30, 0, TimeSpan.Zero), "已受理"), new(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero), "已派发至承办单位")],
        "<b>已责令企业整改</b>");

    private readonly CitizenViewIntake intake = new(Number, Phone, View);

    public PublicQueryPageTests() => Services.AddSingleton<ITicketIntake>(intake);

    private IRenderedComponent<PublicQuery> Query(string number, string phone)
    {
        var page = Show<PublicQuery>();
        page.Find("#number").Change(number);
        page.Find("#phone").Change(phone);
        page.Find("form").Submit();
        return page;
    }

    [Fact]
    public void Number_and_phone_show_the_citizen_view_with_Beijing_times_and_the_reply_escaped()
    {
        var page = Query(" " + Number + " ", Phone);

        Assert.Equal(Number, page.Find("[data-testid=result-number]").TextContent);
        Assert.Equal("处理中", page.Find("[data-testid=result-state]").TextContent);
        Assert.Contains("投诉举报", page.Find("[data-testid=query-result]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-11-28 09:30", page.Markup, StringComparison.Ordinal);
        Assert.Equal(2, page.FindAll("[data-testid=result-steps] li").Count);
        Assert.Contains("已派发至承办单位", page.Find("[data-testid=result-steps]").TextContent, StringComparison.Ordinal);
        Assert.Equal("<b>已责令企业整改</b>", page.Find("[data-testid=result-reply]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=result-reply] b"));
    }

    [Fact]
    public void Another_phone_finds_nothing_and_says_so()
    {
        var page = Query(Number, "13800000000");

        Assert.Contains("未找到该工单", page.Find("[data-testid=query-not-found]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=query-result]"));
        Assert.Equal((Number, "13800000000"), Assert.Single(intake.Queries));
    }

    [Fact]
    public void Missing_number_and_phone_are_named_and_nothing_is_queried()
    {
        var page = Query("", " ");

        Assert.Equal("请填写工单编号", page.Find("[data-testid=error-number]").TextContent);
        Assert.Equal("请填写手机号码", page.Find("[data-testid=error-phone]").TextContent);
        Assert.Empty(intake.Queries);
    }
}
