using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Telephony.Store;

/// <summary>Maps the telephony tables of the operational store.</summary>
public static class TelephonyStoreModel
{
    /// <summary>The names of the telephony tables.</summary>
    public static IReadOnlyList<string> TableNames { get; } = ["service_numbers", "ivr_flow_versions", "telephony_changes"];

    /// <summary>Adds the telephony entities to a model.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ServiceNumberRecord>(number =>
        {
            number.ToTable("service_numbers");
            number.HasKey(n => n.Number);
            number.Property(n => n.Number).HasMaxLength(ServiceNumberRules.MaxNumberLength);
            number.Property(n => n.Flow).HasMaxLength(128);
            number.Property(n => n.DisplayName).HasMaxLength(ServiceNumberRules.MaxDisplayNameLength);
        });
        modelBuilder.Entity<IvrFlowVersionRecord>(flow =>
        {
            flow.ToTable("ivr_flow_versions");
            flow.HasKey(f => f.Id);
            flow.Property(f => f.Id).ValueGeneratedOnAdd();
            flow.Property(f => f.Name).HasMaxLength(128);
            flow.Property(f => f.SavedBy).HasMaxLength(128);
            // Two silos saving the same flow at once cannot both write the same version.
            flow.HasIndex(f => new { f.Name, f.Version }).IsUnique();
        });
        modelBuilder.Entity<TelephonyChangeRecord>(change =>
        {
            change.ToTable("telephony_changes");
            change.HasKey(c => c.Id);
            change.Property(c => c.Id).ValueGeneratedNever();
        });
    }
}
