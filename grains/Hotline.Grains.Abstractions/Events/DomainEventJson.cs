using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Grains.Abstractions.Events;

/// <summary>The durable text form of domain events (the outbox payload): camel-case JSON, enums by name.</summary>
/// <remarks>Enums by name so a reordered enum never changes what stored events mean.</remarks>
public static class DomainEventJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The event as JSON.</summary>
    public static string Serialize(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), s_options);
    }

    /// <summary>Reads an event stored under <paramref name="name"/> (see <see cref="DomainEventCatalog"/>).</summary>
    public static IDomainEvent Deserialize(string name, string json)
    {
        var type = DomainEventCatalog.TypeOf(name);
        try
        {
            return (IDomainEvent)(JsonSerializer.Deserialize(json, type, s_options)
                ?? throw new JsonException("the payload is null"));
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The stored '{name}' event is not valid: {ex.Message}", ex);
        }
    }
}
