namespace Hotline.Portal.Hosting;

/// <summary>Whether the operational store's schema is in place (read by the health check).</summary>
public sealed class OperationalStoreState
{
    public bool IsReady { get; set; }
}
