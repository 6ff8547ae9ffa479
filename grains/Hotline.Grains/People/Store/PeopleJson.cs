using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Grains.People.Store;

/// <summary>The JSON form of the documents the people tables hold (enums as names, so rows stay readable and survive reordering).</summary>
public static class PeopleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The document of <paramref name="value"/>.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The value of a stored document; a row that does not parse is a corrupt store.</summary>
    public static T Read<T>(string document) =>
        JsonSerializer.Deserialize<T>(document, Options) ?? throw new InvalidDataException($"A people document parsed as null: {document}");
}
