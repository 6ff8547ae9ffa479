namespace Hotline.Grains;

/// <summary>Names of the grain storage providers the host must register.</summary>
public static class GrainStorage
{
    /// <summary>Configuration and state that must survive a restart (agents, queues, call-backs, campaigns).</summary>
    public const string Main = "hotline";
}
