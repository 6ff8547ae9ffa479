using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.People;

/// <summary>The roles an employee of the call centre holds: every platform role but the external ones (handling units, enterprises).</summary>
public static class StaffRoles
{
    /// <summary>The staff roles in the platform's order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. PlatformRole.All.Where(r => r is not PlatformRole.HandlingUnit and not PlatformRole.Enterprise)];
}
