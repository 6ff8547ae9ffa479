using MudBlazor;

namespace Hotline.Portal.Components.Layout;

/// <summary>The portal's MudBlazor theme: the hotline's blue, and Chinese UI fonts first.</summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1565c0", AppbarBackground = "#1565c0" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans SC", "sans-serif"] },
        },
    };
}
