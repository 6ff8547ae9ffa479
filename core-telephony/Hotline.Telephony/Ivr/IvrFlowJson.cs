using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Telephony.Ivr;

/// <summary>Reads and writes flows as JSON (camelCase, node kind in <c>type</c>, enums as names).</summary>
public static class IvrFlowJson
{
    /// <summary>The serializer options used for flows.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Parses a flow; throws <see cref="JsonException"/> on malformed JSON or an unknown node type.</summary>
    public static IvrFlow Parse(string json) =>
        JsonSerializer.Deserialize<IvrFlow>(json, Options) ?? throw new JsonException("The flow JSON is null.");

    /// <summary>Parses a flow from a stream.</summary>
    public static async Task<IvrFlow> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        await JsonSerializer.DeserializeAsync<IvrFlow>(utf8Json, Options, cancellationToken) ?? throw new JsonException("The flow JSON is null.");

    /// <summary>Writes a flow as indented JSON.</summary>
    public static string Serialize(IvrFlow flow) => JsonSerializer.Serialize(flow, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            AllowOutOfOrderMetadataProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
