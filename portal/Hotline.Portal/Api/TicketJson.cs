using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Portal.Api;

/// <summary>How the staff ticket API writes its answers: web (camelCase) names, and states, types and channels by name rather than number.</summary>
public static class TicketJson
{
    /// <summary>The serializer options of every answer.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>200 with <paramref name="value"/>.</summary>
    public static JsonHttpResult<T> Ok<T>(T value) => TypedResults.Json(value, Options);
}
