using System.Net;
using System.Text.Json;

namespace Hotline.Portal.Tests.Tickets;

/// <summary>A REST answer read to the end: status, media type and the JSON body (an empty object when there is none).</summary>
internal sealed record ApiAnswer(HttpStatusCode Status, string? MediaType, JsonElement Body, string Text)
{
    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var body = text.Length == 0 || !(text.StartsWith('{') || text.StartsWith('[')) ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(text).RootElement;
            return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, text);
        }
    }

    public override string ToString() => $"{(int)Status} {MediaType}: {Text}";
}
