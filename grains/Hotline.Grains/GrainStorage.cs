namespace Hotline.Grains;

/// <summary>Names every silo of a Hotline deployment shares with the grain storage it reads and writes.</summary>
public static class GrainStorage
{
    /// <summary>Configuration and state that must survive a restart (agents, queues, call-backs, campaigns).</summary>
    public const string Main = "hotline";

    /// <summary>The Orleans service id. Stored grain state is keyed by it, so it never changes.</summary>
    public const string ServiceId = "hotline";
}
