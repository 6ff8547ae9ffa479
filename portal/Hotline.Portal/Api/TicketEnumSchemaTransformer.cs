using System.Text.Json.Nodes;
using Hotline.Grains.Abstractions.Tickets;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Portal.Api;

/// <summary>Declares the ticket enums (state, type, channel, visit method, duplicate reason) as the names the ticket API writes (<see cref="TicketJson"/>),
/// not as the numbers the portal's default JSON settings would give.</summary>
public sealed class TicketEnumSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Type[] Named = [typeof(TicketState), typeof(TicketType), typeof(TicketChannel), typeof(VisitMethod), typeof(DuplicateReasonKind)];

    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (Array.IndexOf(Named, type) >= 0)
        {
            var nullable = type != context.JsonTypeInfo.Type;
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            schema.Format = null;
            schema.Enum = [.. Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(name))];
        }

        return Task.CompletedTask;
    }
}
