using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Knowledge.Store;

/// <summary>The knowledge tables of the operational store (same database and connection as the rest of the store; its own context so its tables can be created on their own).</summary>
public sealed class KnowledgeDbContext(DbContextOptions<KnowledgeDbContext> options) : DbContext(options)
{
    public DbSet<KnowledgeLibraryRecord> Libraries => Set<KnowledgeLibraryRecord>();

    public DbSet<KnowledgeCodeRecord> Codes => Set<KnowledgeCodeRecord>();

    public DbSet<KnowledgeArticleRecord> Articles => Set<KnowledgeArticleRecord>();

    public DbSet<KnowledgeVersionRecord> Versions => Set<KnowledgeVersionRecord>();

    public DbSet<KnowledgeHistoryRecord> History => Set<KnowledgeHistoryRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => KnowledgeStoreModel.Configure(modelBuilder);
}
