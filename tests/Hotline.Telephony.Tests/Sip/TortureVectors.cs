namespace Hotline.Telephony.Tests.Sip;

/// <summary>Access to the RFC 4475 vectors copied into TestData.</summary>
internal static class TortureVectors
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "TestData", "rfc4475");

    public static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(Directory, file));

    /// <summary>MANIFEST.tsv rows: file, RFC section, class, expectation.</summary>
    public static IEnumerable<(string File, string Section, string Class, string Expectation)> Manifest()
    {
        foreach (var line in File.ReadLines(Path.Combine(Directory, "MANIFEST.tsv")).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            yield return (fields[0], fields[1], fields[2], fields[3]);
        }
    }
}
