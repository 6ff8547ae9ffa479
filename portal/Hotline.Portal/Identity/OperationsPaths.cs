namespace Hotline.Portal.Identity;

/// <summary>Where the operators' tools are mounted.</summary>
public static class OperationsPaths
{
    /// <summary>The Orleans dashboard (silos, grains, reminders), for the operations policy only.</summary>
    public const string OrleansDashboard = "/admin/orleans";
}
