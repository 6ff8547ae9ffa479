using System.Text.Json;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets.Workflow;

/// <summary>Reads and writes the per-type workflows in the operational store (table ticket_workflows, one JSON document per type).</summary>
public static class TicketWorkflowCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The workflow of <paramref name="type"/>: the stored document, or the default when none is stored.</summary>
    public static async Task<TicketWorkflowDefinition> ForAsync(OperationalDbContext db, TicketType type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = type.ToString();
        var document = await db.Set<TicketWorkflowRecord>().AsNoTracking().Where(w => w.Type == key).Select(w => w.Document)
            .SingleOrDefaultAsync(cancellationToken);
        return document is null ? TicketWorkflowDefaults.For(type) : Parse(type, document);
    }

    /// <summary>Stores <paramref name="definition"/> as the workflow of <paramref name="type"/>; tickets use it from their next action.</summary>
    public static async Task SaveAsync(OperationalDbContext db, TicketType type, TicketWorkflowDefinition definition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(definition);
        var key = type.ToString();
        var row = await db.Set<TicketWorkflowRecord>().SingleOrDefaultAsync(w => w.Type == key, cancellationToken);
        var document = JsonSerializer.Serialize(definition, Json);
        if (row is null)
            db.Add(new TicketWorkflowRecord { Type = key, Document = document, UpdatedAtUnixMs = now.ToUnixTimeMilliseconds() });
        else
        {
            row.Document = document;
            row.UpdatedAtUnixMs = now.ToUnixTimeMilliseconds();
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the default workflow of every type that has none stored (an edited workflow is left alone).</summary>
    public static async Task SeedAsync(OperationalDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.Set<TicketWorkflowRecord>().Select(w => w.Type).ToListAsync(cancellationToken);
        foreach (var type in Enum.GetValues<TicketType>().Where(t => !stored.Contains(t.ToString())))
        {
            db.Add(new TicketWorkflowRecord
            {
                Type = type.ToString(),
                Document = JsonSerializer.Serialize(TicketWorkflowDefaults.For(type), Json),
                UpdatedAtUnixMs = now.ToUnixTimeMilliseconds(),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static TicketWorkflowDefinition Parse(TicketType type, string document)
    {
        try
        {
            return JsonSerializer.Deserialize<TicketWorkflowDefinition>(document, Json)
                ?? throw new InvalidOperationException($"The stored workflow of ticket type {type} is empty (table ticket_workflows).");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"The stored workflow of ticket type {type} is not valid JSON (table ticket_workflows): {ex.Message}", ex);
        }
    }
}
