using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Outbox;

/// <summary>Maps the outbox table in the operational store.</summary>
public static class OutboxModel
{
    /// <summary>The table's name.</summary>
    public const string TableName = "event_outbox";

    /// <summary>Adds the outbox entity to a model.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable(TableName);
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).ValueGeneratedOnAdd();
            message.HasIndex(m => m.EventId).IsUnique();
            message.HasIndex(m => m.ClaimId);
            message.Property(m => m.EventName).HasMaxLength(64);
            message.Property(m => m.ClaimId).HasMaxLength(40);
        });
    }
}
