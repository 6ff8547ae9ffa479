namespace Hotline.Portal.Tests.Hosting;

/// <summary>Locates the repository and the built portal from the test's own output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The portal assembly built in the same configuration as these tests.</summary>
    public static string PortalAssembly
    {
        get
        {
            // The test runs from tests/<project>/bin/<Configuration>/net10.0/.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var path = Path.Combine(Root, "portal", "Hotline.Portal", "bin", configuration, "net10.0", "Hotline.Portal.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"portal not built at {path}", path);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hotline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"Hotline.sln not found above {AppContext.BaseDirectory}");
    }
}
