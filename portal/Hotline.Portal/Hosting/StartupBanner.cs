using System.Globalization;
using Hotline.Portal.Configuration;
using Hotline.Portal.Resources;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Hosting;

/// <summary>Prints where the running platform can be reached.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<HotlineOptions>>().Value;
        var web = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var sip = app.Services.GetRequiredService<SipService>().LocalAddresses;
        var culture = CultureInfo.CurrentCulture;
        var firstWeb = web.FirstOrDefault() ?? "";
        Console.WriteLine(string.Format(culture, StartupMessages.Ready,
            string.Join(" ", web), string.Join(" ", sip), options.DataDir, firstWeb.TrimEnd('/') + "/healthz"));
        if (options.Demo)
        {
            Console.WriteLine(string.Format(culture, StartupMessages.DemoHint, options.Sip.Domain));
        }

        Console.WriteLine(StartupMessages.StopHint);
    }
}
