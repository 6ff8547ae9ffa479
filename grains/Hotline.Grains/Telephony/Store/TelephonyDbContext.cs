using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Telephony.Store;

/// <summary>The telephony tables of the operational store (service numbers, IVR flow versions, the change counter); its own context so its tables can be created on their own in an existing database.</summary>
public sealed class TelephonyDbContext(DbContextOptions<TelephonyDbContext> options) : DbContext(options)
{
    public DbSet<ServiceNumberRecord> ServiceNumbers => Set<ServiceNumberRecord>();

    public DbSet<IvrFlowVersionRecord> IvrFlows => Set<IvrFlowVersionRecord>();

    public DbSet<TelephonyChangeRecord> Changes => Set<TelephonyChangeRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => TelephonyStoreModel.Configure(modelBuilder);
}
