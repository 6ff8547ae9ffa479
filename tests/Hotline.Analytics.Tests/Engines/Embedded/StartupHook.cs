#pragma warning disable CA1050 // The runtime looks the startup hook up by this exact global type name.
/// <summary>The entry point of child processes started by <see cref="Hotline.Analytics.Tests.Engines.Embedded.ChildProcess"/>.</summary>
internal static class StartupHook
#pragma warning restore CA1050
{
    public static void Initialize() => Hotline.Analytics.Tests.Engines.Embedded.ChildProcess.RunIfChild();
}
