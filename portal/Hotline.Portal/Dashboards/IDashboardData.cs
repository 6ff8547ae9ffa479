namespace Hotline.Portal.Dashboards;

/// <summary>Reads what a decision dashboard shows.</summary>
public interface IDashboardData
{
    /// <summary>The view for <paramref name="request"/>.</summary>
    Task<DashboardView> LoadAsync(DashboardRequest request, CancellationToken cancellationToken);
}
