using System.Globalization;
using System.Text.Json;
using Microsoft.ML;

namespace Hotline.Qa.Learning;

/// <summary>Versioned model files under <c>&lt;DataDir&gt;/qa/models</c>: quality-vN.overall.zip, quality-vN.review.zip and quality-vN.json (info and metrics).</summary>
public sealed class QualityModelStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly string folder;

    /// <summary>A store in <paramref name="folder"/>, created when missing.</summary>
    public QualityModelStore(string folder) => this.folder = Directory.CreateDirectory(folder).FullName;

    /// <summary>The saved versions, oldest first.</summary>
    public IReadOnlyList<int> Versions() =>
        [.. Directory.EnumerateFiles(folder, "quality-v*.json")
            .Select(p => Path.GetFileNameWithoutExtension(p)["quality-v".Length..])
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0).Order()];

    /// <summary>The version number the next training run gets.</summary>
    public int NextVersion() => Versions() is { Count: > 0 } versions ? versions[^1] + 1 : 1;

    /// <summary>Writes a model; the info file goes last, so a version is listed only once both models are on disk.</summary>
    public async Task SaveAsync(QualityModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var version = model.Info.Version;
        if (File.Exists(InfoPath(version)))
            throw new InvalidOperationException($"Model version {version} already exists in {folder}; versions are never overwritten.");
        var schema = model.Context.Data.LoadFromEnumerable(Array.Empty<QualityRow>(), QualityRowSchema.For(model.Info.ItemIds.Count)).Schema;
        model.Context.Model.Save(model.OverallModel, schema, ModelPath(version, "overall"));
        model.Context.Model.Save(model.ReviewModel, schema, ModelPath(version, "review"));
        await using var stream = File.Create(InfoPath(version) + ".tmp");
        await JsonSerializer.SerializeAsync(stream, model.Info, Json, cancellationToken);
        await stream.DisposeAsync();
        File.Move(InfoPath(version) + ".tmp", InfoPath(version));
    }

    /// <summary>Loads one version; a missing or damaged file is named in the error.</summary>
    public async Task<QualityModel> LoadAsync(int version, CancellationToken cancellationToken = default)
    {
        var infoPath = InfoPath(version);
        if (!File.Exists(infoPath))
            throw new FileNotFoundException($"Model version {version} is not in {folder}.", infoPath);
        QualityModelInfo info;
        await using (var stream = File.OpenRead(infoPath))
        {
            info = await JsonSerializer.DeserializeAsync<QualityModelInfo>(stream, Json, cancellationToken)
                ?? throw new InvalidDataException($"{infoPath} holds no model information.");
        }

        var ml = new MLContext(seed: 1);
        try
        {
            var overall = ml.Model.Load(ModelPath(version, "overall"), out _);
            var review = ml.Model.Load(ModelPath(version, "review"), out _);
            return new QualityModel(ml, overall, review, info);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidOperationException or FormatException or InvalidDataException)
        {
            throw new InvalidDataException($"Model version {version} in {folder} cannot be loaded: {e.Message}", e);
        }
    }

    /// <summary>The newest version, or null when none has been trained.</summary>
    public async Task<QualityModel?> LoadLatestAsync(CancellationToken cancellationToken = default) =>
        Versions() is { Count: > 0 } versions ? await LoadAsync(versions[^1], cancellationToken) : null;

    private string InfoPath(int version) => Path.Combine(folder, $"quality-v{version.ToString(CultureInfo.InvariantCulture)}.json");

    private string ModelPath(int version, string part) => Path.Combine(folder, $"quality-v{version.ToString(CultureInfo.InvariantCulture)}.{part}.zip");
}
