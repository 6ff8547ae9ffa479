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
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBodyBytes)
        {
            throw Oversized();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                throw Oversized();
            }
        }

        try
        {
            return JsonSerializer.Deserialize<T>(buffer.ToArray(), Json)
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
