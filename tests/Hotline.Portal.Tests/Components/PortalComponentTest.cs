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

    /// <summary>Types into the text field or text area marked <paramref name="testId"/> (Mud puts the mark on the input or on its wrapper).</summary>
    protected static void Type<T>(IRenderedComponent<T> component, string testId, string value)
        where T : IComponent =>
        component.Find(
            $"input[data-testid='{testId}'], [data-testid='{testId}'] input, textarea[data-testid='{testId}'], [data-testid='{testId}'] textarea").Change(value);

    /// <summary>Chooses <paramref name="value"/> in the MudSelect marked <paramref name="testId"/>, as a user picking an item would.</summary>
    protected static Task ChooseAsync<TPanel, TValue>(IRenderedComponent<TPanel> owner, string testId, TValue value)
        where TPanel : class, IComponent
    {
        var select = owner.FindComponents<MudSelect<TValue>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), testId));
        return owner.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }
}
