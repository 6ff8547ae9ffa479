using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;

namespace Hotline.Portal.Tests.Components;

/// <summary>A bunit context set up as the portal sets up its circuits: MudBlazor services, the real resources in zh-CN, and a popover provider rendered first.</summary>
public abstract class PortalComponentTest : BunitContext
{
    private bool popoversShown;

    protected PortalComponentTest()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    /// <summary>Renders <typeparamref name="T"/> after a popover provider (selects and menus need one); services are fixed from here on.</summary>
    protected IRenderedComponent<T> Show<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : IComponent
    {
        if (!popoversShown)
        {
            Render<MudPopoverProvider>();
            popoversShown = true;
        }

        return parameters is null ? Render<T>() : Render<T>(parameters);
    }
}
