using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Identity;

/// <summary>The portal's users, roles and audit log, in the operational store's database (SQLite or PostgreSQL).</summary>
public sealed class PortalIdentityDbContext(DbContextOptions<PortalIdentityDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(128);
            user.Property(u => u.Extension).HasMaxLength(32);
        });
        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_log");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.Target).HasMaxLength(512);
            entry.Property(e => e.Detail).HasMaxLength(2048);
            entry.HasIndex(e => e.AtUnixMs);
            entry.Ignore(e => e.At);
        });
    }
}
