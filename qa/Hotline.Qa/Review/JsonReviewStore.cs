using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Qa.Review;

/// <summary>Reviews and typical cases as JSON files under <c>&lt;DataDir&gt;/qa/reviews</c> and <c>&lt;DataDir&gt;/qa/cases</c>.</summary>
/// <remarks>
/// A stand-in until the operational store (grains/Hotline.Grains/Store) gets review tables: one file per record,
/// written to a temporary name and moved into place so a reader never sees half a file. One process owns the folder.
/// </remarks>
public sealed class JsonReviewStore : IReviewStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly string reviews;
    private readonly string cases;

    /// <summary>A store in <paramref name="qaFolder"/> (usually &lt;DataDir&gt;/qa), created when missing.</summary>
    public JsonReviewStore(string qaFolder)
    {
        reviews = Directory.CreateDirectory(Path.Combine(qaFolder, "reviews")).FullName;
        cases = Directory.CreateDirectory(Path.Combine(qaFolder, "cases")).FullName;
    }

    /// <inheritdoc />
    public async Task<CallReview?> GetAsync(string callId, CancellationToken cancellationToken)
    {
        var path = Path.Combine(reviews, FileName(callId));
        return File.Exists(path) ? await ReadAsync<CallReview>(path, cancellationToken) : null;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CallReview>> AllAsync(CancellationToken cancellationToken) => ReadAllAsync<CallReview>(reviews, cancellationToken);

    /// <inheritdoc />
    public Task SaveAsync(CallReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return WriteAsync(Path.Combine(reviews, FileName(review.CallId)), review, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TypicalCase>> CasesAsync(CancellationToken cancellationToken) => ReadAllAsync<TypicalCase>(cases, cancellationToken);

    /// <inheritdoc />
    public Task SaveCaseAsync(TypicalCase typicalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typicalCase);
        return WriteAsync(Path.Combine(cases, FileName(typicalCase.Id)), typicalCase, cancellationToken);
    }

    private static string FileName(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.IndexOfAny([.. Path.GetInvalidFileNameChars(), '.']) >= 0)
            throw new ArgumentException($"'{id}' cannot name a review file (empty, or holds a path character or dot).", nameof(id));
        return id + ".json";
    }

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(string folder, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            all.Add(await ReadAsync<T>(path, cancellationToken));
        return all;
    }

    private static async Task<T> ReadAsync<T>(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"{path} holds no {typeof(T).Name}.");
    }

    private static async Task WriteAsync<T>(string path, T value, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
            await JsonSerializer.SerializeAsync(stream, value, Json, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
