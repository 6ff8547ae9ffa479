using Hotline.Grains.Outbox;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Store;

/// <summary>The operational store (SQLite by default, PostgreSQL for scale-out): accounts, tickets, knowledge and people data.</summary>
public sealed class OperationalDbContext(DbContextOptions<OperationalDbContext> options) : DbContext(options)
{
    public DbSet<SipAccount> SipAccounts => Set<SipAccount>();

    /// <summary>Domain events waiting for analytics (written with the producer's state change).</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<SipAccount>(account =>
        {
            account.ToTable("sip_accounts");
            account.HasKey(a => a.Extension);
            account.Property(a => a.Extension).HasMaxLength(32);
            account.Property(a => a.DisplayName).HasMaxLength(128);
            account.Property(a => a.Realm).HasMaxLength(128);
            account.Property(a => a.Ha1Md5).HasMaxLength(32);
            account.Property(a => a.Ha1Sha256).HasMaxLength(64);
        });
        OutboxModel.Configure(modelBuilder);
        TicketStoreModel.Configure(modelBuilder);
    }
}
