using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets.Store;

/// <summary>Maps the ticket tables of the operational store.</summary>
public static class TicketStoreModel
{
    /// <summary>The names of the ticket tables, for the idempotent creation step.</summary>
    public static IReadOnlyList<string> TableNames { get; } = 
        ["tickets", "ticket_history", "ticket_attachments", "ticket_idempotency", "ticket_merges", "ticket_workflows", "ticket_categories"];

    /// <summary>Adds the ticket entities to a model.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<TicketRecord>(ticket =>
        {
            ticket.ToTable("tickets");
            ticket.HasKey(t => t.Id);
            ticket.Property(t => t.Id).ValueGeneratedOnAdd();
            ticket.Property(t => t.Number).HasMaxLength(32);
            ticket.HasIndex(t => t.Number).IsUnique();
            ticket.Property(t => t.Type).HasMaxLength(16);
            ticket.Property(t => t.Channel).HasMaxLength(16);
            ticket.Property(t => t.State).HasMaxLength(16);
            ticket.Property(t => t.CategoryCode).HasMaxLength(64);
            ticket.Property(t => t.CitizenPhone).HasMaxLength(32);
            ticket.Property(t => t.UnitId).HasMaxLength(128);
            ticket.Property(t => t.MergedInto).HasMaxLength(32);
            ticket.Property(t => t.Version).IsConcurrencyToken();
            ticket.HasIndex(t => new { t.State, t.DeadlineUnixMs });
            ticket.HasIndex(t => t.CreatedAtUnixMs);
            ticket.HasIndex(t => new { t.CitizenPhone, t.CreatedAtUnixMs });
            ticket.HasIndex(t => new { t.Enterprise, t.CreatedAtUnixMs });
            ticket.HasIndex(t => new { t.UnitId, t.State });
            ticket.Property(t => t.Handler).HasMaxLength(128);
            // 我的工单 in the list's (deadline, id) order, read from the index instead of sorting the handler's tickets.
            ticket.HasIndex(t => new { t.Handler, t.DeadlineUnixMs, t.Id });
            // The list's order (deadline, id): without it an unfiltered page sorts the whole table before taking 50 rows.
            ticket.HasIndex(t => new { t.DeadlineUnixMs, t.Id });
            // A category's tickets in list order; which of the two a category list reads is TicketCategoryListPlan's choice.
            ticket.HasIndex(t => new { t.CategoryCode, t.DeadlineUnixMs, t.Id }).HasDatabaseName(TicketCategoryListPlan.IndexName);
            ticket.HasIndex(t => new { t.Channel, t.CreatedAtUnixMs });
            ticket.Property(t => t.MajorReason).HasMaxLength(500);
            ticket.Property(t => t.ExtensionReason).HasMaxLength(1000);
            // The sweeper reads due tickets in (due, id) order; finished tickets have null here and drop out of the index range.
            ticket.HasIndex(t => new { t.UrgeDueAtUnixMs, t.Id });
            ticket.HasIndex(t => new { t.EscalateDueAtUnixMs, t.Id });
        });
        modelBuilder.Entity<TicketHistoryRecord>(history =>
        {
            history.ToTable("ticket_history");
            history.HasKey(h => h.Id);
            history.Property(h => h.Id).ValueGeneratedOnAdd();
            history.Property(h => h.TicketNumber).HasMaxLength(32);
            history.HasIndex(h => new { h.TicketNumber, h.Sequence }).IsUnique();
        });
        modelBuilder.Entity<TicketAttachmentRecord>(attachment =>
        {
            attachment.ToTable("ticket_attachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Id).ValueGeneratedOnAdd();
            attachment.Property(a => a.TicketNumber).HasMaxLength(32);
            attachment.HasIndex(a => a.TicketNumber);
        });
        modelBuilder.Entity<TicketIdempotencyRecord>(key =>
        {
            key.ToTable("ticket_idempotency");
            key.HasKey(k => new { k.Channel, k.IdempotencyKey });
            key.Property(k => k.Channel).HasMaxLength(16);
            key.Property(k => k.IdempotencyKey).HasMaxLength(200);
            key.Property(k => k.TicketNumber).HasMaxLength(32);
        });
        modelBuilder.Entity<TicketMergeRecord>(merge =>
        {
            merge.ToTable("ticket_merges");
            merge.HasKey(m => m.SourceNumber);
            merge.Property(m => m.SourceNumber).HasMaxLength(32);
            merge.Property(m => m.TargetNumber).HasMaxLength(32);
            merge.Property(m => m.Actor).HasMaxLength(128);
            merge.HasIndex(m => m.TargetNumber);
        });
        modelBuilder.Entity<TicketWorkflowRecord>(workflow =>
        {
            workflow.ToTable("ticket_workflows");
            workflow.HasKey(w => w.Type);
            workflow.Property(w => w.Type).HasMaxLength(16);
        });
        modelBuilder.Entity<TicketCategoryRecord>(category =>
        {
            category.ToTable("ticket_categories");
            category.HasKey(c => c.Code);
            category.Property(c => c.Code).HasMaxLength(64);
            category.Property(c => c.ParentCode).HasMaxLength(64);
            category.Property(c => c.Name).HasMaxLength(64);
            category.HasIndex(c => c.ParentCode);
        });
    }
}
