using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>Articles as a JSON array of {libraryId, content: {title, code, tags, format, body, tables}}.</summary>
public sealed class KnowledgeJsonCodec : IKnowledgeFileCodec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public KnowledgeFileFormat Format => KnowledgeFileFormat.Json;

    public KnowledgeFileContents Read(Stream file)
    {
        List<KnowledgeDocument?>? documents;
        try
        {
            documents = JsonSerializer.Deserialize<List<KnowledgeDocument?>>(file, Json);
        }
        catch (JsonException ex)
        {
            return KnowledgeFileContents.Unreadable($"JSON {ex.Path} (line {(ex.LineNumber ?? 0) + 1})", ex.Message);
        }
        if (documents is null)
            return KnowledgeFileContents.Unreadable("JSON", "The file holds null, not an array of articles.");

        var items = new List<KnowledgeFileItem>();
        var errors = new List<KnowledgeImportError>();
        for (var i = 0; i < documents.Count; i++)
        {
            var location = $"文章 {i + 1}";
            if (documents[i] is not { Content: not null } document)
                errors.Add(new KnowledgeImportError(location, "The article has no content."));
            else
                items.Add(new KnowledgeFileItem(location, document));
        }
        return new KnowledgeFileContents(items, errors);
    }

    public void Write(IReadOnlyList<KnowledgeDocument> documents, Stream destination) =>
        JsonSerializer.Serialize(destination, documents, Json);
}
