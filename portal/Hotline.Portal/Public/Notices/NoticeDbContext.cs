using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Public.Notices;

/// <summary>The notices table of the operational store (same database; its own context so its table can be created on its own).</summary>
public sealed class NoticeDbContext(DbContextOptions<NoticeDbContext> options) : DbContext(options)
{
    public DbSet<NoticeRecord> Notices => Set<NoticeRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var notice = modelBuilder.Entity<NoticeRecord>();
        notice.ToTable("public_notices");
        notice.HasKey(n => n.Id);
        notice.Property(n => n.Id).HasColumnName("id").ValueGeneratedOnAdd();
        notice.Property(n => n.Title).HasColumnName("title").HasMaxLength(NoticeRules.MaxTitle);
        notice.Property(n => n.Body).HasColumnName("body").HasMaxLength(NoticeRules.MaxBody);
        notice.Property(n => n.State).HasColumnName("state").HasMaxLength(16);
        notice.Property(n => n.CreatedAtUnixMs).HasColumnName("created_at_unix_ms");
        notice.Property(n => n.CreatedBy).HasColumnName("created_by").HasMaxLength(256);
        notice.Property(n => n.PublishedAtUnixMs).HasColumnName("published_at_unix_ms");
        notice.Property(n => n.PublishedBy).HasColumnName("published_by").HasMaxLength(256);
        notice.Property(n => n.WithdrawnAtUnixMs).HasColumnName("withdrawn_at_unix_ms");
        notice.Property(n => n.WithdrawnBy).HasColumnName("withdrawn_by").HasMaxLength(256);
        notice.HasIndex(n => new { n.State, n.PublishedAtUnixMs }).HasDatabaseName("ix_public_notices_state_published");
    }
}
