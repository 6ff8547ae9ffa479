namespace Hotline.Analytics.Engines.Embedded;

/// <summary>Enforces one open embedded engine per process: chDB runs a single engine over a single data folder.</summary>
internal static class EmbeddedEngineRegistry
{
    private static readonly Lock s_lock = new();
    private static string? s_openFolder;

    /// <summary>Claims the process's engine slot for a folder, or explains who has it.</summary>
    public static void Claim(string folder)
    {
        lock (s_lock)
        {
            if (s_openFolder == null)
            {
                s_openFolder = folder;
                return;
            }

            throw new AnalyticsEngineException(string.Equals(s_openFolder, folder, StringComparison.Ordinal)
                ? $"The embedded ClickHouse engine over '{folder}' is already open in this process; share that instance (chDB runs one engine per process)."
                : $"The embedded ClickHouse engine is already open in this process over '{s_openFolder}'; chDB runs one engine per process, so '{folder}' cannot be opened until it is disposed.");
        }
    }

    /// <summary>Gives the slot back after the engine closed (or failed to open).</summary>
    public static void Release(string folder)
    {
        lock (s_lock)
        {
            if (string.Equals(s_openFolder, folder, StringComparison.Ordinal))
                s_openFolder = null;
        }
    }
}
