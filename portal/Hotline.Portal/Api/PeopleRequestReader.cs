using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.Api;

/// <summary>Reads a people API body whose key comes from the address (PUT /questions/{id}): the address's key is laid over the body, so the body
/// need not repeat it, and malformed, incomplete or oversized bodies become a <see cref="PeopleValidationException"/> that names the field.</summary>
public static class PeopleRequestReader
{
    /// <summary>The largest body accepted, in bytes (an exam or plan is a few kilobytes).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    // Enum values may be sent as names (SingleChoice) or numbers (0).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The body as <typeparamref name="T"/> with <paramref name="keyProperty"/> (camelCase) set to <paramref name="key"/>.</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, string keyProperty, string key, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var bytes = await ReadBytesAsync(request, cancellationToken);
        JsonObject body;
        try
        {
            body = JsonNode.Parse(bytes) as JsonObject
                ?? throw new PeopleValidationException($"The request body must be a JSON object describing the {typeof(T).Name}.");
        }
        catch (JsonException ex)
        {
            throw new PeopleValidationException($"The request body is not valid JSON at '{ex.Path}' (line {ex.LineNumber}, byte {ex.BytePositionInLine}).");
        }

        body[keyProperty] = key;
        try
        {
            return body.Deserialize<T>(Json) ?? throw new PeopleValidationException($"The request body is empty; it must describe the {typeof(T).Name}.");
        }
        catch (JsonException ex)
        {
            // System.Text.Json names the missing required properties, or the path and type of a value it could not read.
            throw new PeopleValidationException($"The {typeof(T).Name} in the request body is not valid: {ex.Message}");
        }
    }

    private static async Task<byte[]> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var bytes = await LimitedRequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken) ?? throw Oversized();
        return bytes.Length > 0 ? bytes : throw new PeopleValidationException("The request body is empty.");
    }

    private static PeopleValidationException Oversized() => new($"The request body is larger than {MaxBodyBytes} bytes.");
}
