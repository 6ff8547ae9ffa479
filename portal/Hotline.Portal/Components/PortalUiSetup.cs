using MudBlazor.Services;

namespace Hotline.Portal.Components;

/// <summary>Registers the Blazor Server portal (interactive server render mode, MudBlazor) and maps its pages and static assets.</summary>
public static class PortalUiSetup
{
    /// <summary>Adds the UI services; static assets (MudBlazor's among them) are served from the build output as well as a published wwwroot.</summary>
    public static WebApplicationBuilder AddPortalUi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Outside Development the host would only look in wwwroot; a built (not published) portal finds package assets through the manifest.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        return builder;
    }

    /// <summary>Maps static assets and the pages.</summary>
    public static WebApplication MapPortalUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
