using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Benchmarks;

/// <summary>
/// What one benchmark measured: its figures (printed last as <c>bench NAME METRIC VALUE UNIT [vs REF VALUE UNIT ratio R]</c>
/// lines) and the same as JSON in bench-results/NAME.json, with the machine's core count and load before and after.
/// </summary>
internal sealed class BenchReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly List<BenchFigure> _figures = [];
    private readonly List<BenchUnavailable> _unavailable = [];
    private readonly Dictionary<string, object> _details = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly LoadAverage? _loadBefore = LoadAverage.Read();
    private string? _error;

    public BenchReport(string name) => Name = name;

    public string Name { get; }

    public void Add(string metric, double value, string unit) => _figures.Add(new BenchFigure(metric, value, unit));

    public void AddVersus(string metric, double value, string unit, string reference, double referenceValue) =>
        _figures.Add(new BenchFigure(metric, value, unit, reference, referenceValue, unit));

    public void NotAvailable(string metric, string unit, string reason) => _unavailable.Add(new BenchUnavailable(metric, unit, reason));

    /// <summary>Supporting data kept in the JSON only (e.g. every step of a rate search).</summary>
    public void Detail(string key, object value) => _details[key] = value;

    /// <summary>A progress line (not a figure), shown as the benchmark runs.</summary>
    public void Progress(string text) => Console.WriteLine($"{Name}: {text}");

    public void Fail(string error)
    {
        _error = error;
        Console.Error.WriteLine($"bench {Name} failed: {error}");
    }

    /// <summary>Prints the figure lines (last in the output) and writes <c>NAME.json</c> into <paramref name="directory"/>.</summary>
    public async Task FinishAsync(string directory)
    {
        var loadAfter = LoadAverage.Read();
        var figures = new List<BenchFigure>(_figures) { new("cores", Environment.ProcessorCount, "count") };
        if (_loadBefore is not null)
        {
            figures.Add(new BenchFigure("load_before", _loadBefore.OneMinute, "loadavg_1min"));
        }

        if (loadAfter is not null)
        {
            figures.Add(new BenchFigure("load_after", loadAfter.OneMinute, "loadavg_1min"));
        }

        foreach (var unavailable in _unavailable)
        {
            Console.WriteLine(unavailable.Line(Name));
        }

        foreach (var figure in figures)
        {
            Console.WriteLine(figure.Line(Name));
        }

        var document = new
        {
            Name,
            Date = _started,
            Finished = DateTimeOffset.UtcNow,
            Machine = new
            {
                Cores = Environment.ProcessorCount,
                LoadBefore = _loadBefore,
                LoadAfter = loadAfter,
                Os = Environment.OSVersion.VersionString,
                Runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            },
            Figures = figures.Select(f => new
            {
                f.Metric,
                f.Value,
                f.Unit,
                f.Reference,
                f.ReferenceValue,
                f.ReferenceUnit,
                f.Ratio,
                Line = f.Line(Name),
            }),
            Unavailable = _unavailable,
            Error = _error,
            Details = _details,
        };
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{Name}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, Json));
    }

    /// <summary>bench-results/ at the repository root ($HOTLINE_ROOT, else the folder above that holds Hotline.sln).</summary>
    public static string ResultsDirectory()
    {
        var root = Environment.GetEnvironmentVariable("HOTLINE_ROOT");
        if (string.IsNullOrEmpty(root))
        {
            var folder = new DirectoryInfo(Directory.GetCurrentDirectory());
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Hotline.sln")))
            {
                folder = folder.Parent;
            }

            root = folder?.FullName ?? Directory.GetCurrentDirectory();
        }

        return Path.Combine(root, "bench-results");
    }
}
