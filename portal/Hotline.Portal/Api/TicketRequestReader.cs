using System.Text.Json;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>Reads a JSON request body within a size limit; malformed or oversized input becomes a <see cref="TicketValidationException"/> naming the field.</summary>
public static class TicketRequestReader
{
    /// <summary>The largest body accepted, in bytes.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads and deserialises the body as <typeparamref name="T"/>.</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var body = await LimitedRequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken) ?? throw Oversized();
        try
        {
            return JsonSerializer.Deserialize<T>(body, Json)
                ?? throw new TicketValidationException("body", "The request body is empty or null.");
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            throw new TicketValidationException(field, $"The request body is not valid JSON at '{ex.Path}' (line {ex.LineNumber}, byte {ex.BytePositionInLine}).");
        }
    }

    private static TicketValidationException Oversized() => new("body", $"The request body is larger than {MaxBodyBytes} bytes.");
}
