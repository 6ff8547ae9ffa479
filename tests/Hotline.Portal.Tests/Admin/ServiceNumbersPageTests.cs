using Bunit;
using Hotline.Grains.Calls;
using Hotline.Grains.Telephony;
using Hotline.Portal.Administration;
using Hotline.Portal.Components.Pages.Admin;
using Hotline.Portal.Configuration;
using Hotline.Portal.Tests.Components;
using Hotline.Telephony.Ivr;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

/// <summary>服务号码: the configured numbers (or the default 12328) with the flow their calls run, read from the live IVR catalog, and where the numbers are set.</summary>
[Trait("Category", "Unit")]
public sealed class ServiceNumbersPageTests : PortalComponentTest
{
    private readonly IvrFlowCatalog catalog = IvrFlowCatalog.Demo();

    private IRenderedComponent<ServiceNumbersPage> ShowWith(params string[] configured)
    {
        var options = new HotlineOptions();
        options.Sip.ServiceNumbers.AddRange(configured);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        Services.AddSingleton(catalog);
        Services.AddSingleton<ServiceNumberDirectory>();
        return Show<ServiceNumbersPage>();
    }

    [Fact]
    public void Each_configured_number_shows_the_welcome_flow_with_its_live_version_and_a_link_to_edit_it()
    {
        var welcome = catalog.Get(CallFlows.Welcome);
        Assert.True(catalog.Replace(CallFlows.Welcome, welcome with { Version = welcome.Version + 1 }).IsValid);

        var page = ShowWith(" 12328 ", "96196");

        Assert.Equal(["12328", "96196"], page.FindAll("[data-testid='numbers-table'] tbody tr").Select(tr => tr.QuerySelector("td")!.TextContent.Trim()));
        Assert.Equal((welcome.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("[data-testid='service-number-version-96196']").TextContent.Trim());
        Assert.Equal($"/admin/ivr/{CallFlows.Welcome}", page.Find("[data-testid='service-number-flow-12328']").GetAttribute("href"));
        Assert.Contains(welcome.Name!, page.Find("[data-testid='numbers-table']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Hotline:Sip:ServiceNumbers", page.Find("[data-testid='numbers-where']").TextContent, StringComparison.Ordinal);
        Assert.Contains("重启", page.Find("[data-testid='numbers-where']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='numbers-default']"));
    }

    [Fact]
    public void Without_configured_numbers_the_default_12328_is_shown_and_said_to_be_the_default()
    {
        var page = ShowWith();

        Assert.NotNull(page.Find("[data-testid='service-number-12328']"));
        Assert.Contains("使用默认号码 12328", page.Find("[data-testid='numbers-default']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_whose_flow_is_missing_from_the_catalog_says_so()
    {
        var catalogWithoutWelcome = new IvrFlowCatalog(new Dictionary<string, IvrFlow> { [CallFlows.Survey] = catalog.Get(CallFlows.Survey) });
        var options = new HotlineOptions();
        var directory = new ServiceNumberDirectory(Microsoft.Extensions.Options.Options.Create(options), catalogWithoutWelcome);

        var row = Assert.Single(directory.List());

        Assert.Equal(new ServiceNumberRow("12328", CallFlows.Welcome, null, null), row);
    }
}
