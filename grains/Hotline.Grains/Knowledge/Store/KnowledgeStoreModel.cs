using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Knowledge.Store;

/// <summary>Maps the knowledge tables of the operational store.</summary>
public static class KnowledgeStoreModel
{
    /// <summary>The names of the knowledge tables.</summary>
    public static IReadOnlyList<string> TableNames { get; } =
        ["knowledge_libraries", "knowledge_codes", "knowledge_articles", "knowledge_versions", "knowledge_history"];

    /// <summary>Adds the knowledge entities to a model.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<KnowledgeLibraryRecord>(library =>
        {
            library.ToTable("knowledge_libraries");
            library.HasKey(l => l.Id);
            library.Property(l => l.Id).HasMaxLength(64);
            library.Property(l => l.Kind).HasMaxLength(16);
        });
        modelBuilder.Entity<KnowledgeCodeRecord>(code =>
        {
            code.ToTable("knowledge_codes");
            code.HasKey(c => c.Code);
            code.Property(c => c.Code).HasMaxLength(64);
            code.Property(c => c.ParentCode).HasMaxLength(64);
        });
        modelBuilder.Entity<KnowledgeArticleRecord>(article =>
        {
            article.ToTable("knowledge_articles");
            article.HasKey(a => a.Id);
            article.Property(a => a.Id).HasMaxLength(32);
            article.Property(a => a.LibraryId).HasMaxLength(64);
            article.Property(a => a.Code).HasMaxLength(64);
            article.Property(a => a.Title).HasMaxLength(200);
            article.Property(a => a.Format).HasMaxLength(16);
            article.Property(a => a.State).HasMaxLength(16);
            article.HasIndex(a => new { a.LibraryId, a.State });
            article.HasIndex(a => a.Code);
            article.HasIndex(a => a.UpdatedAtUnixMs);
        });
        modelBuilder.Entity<KnowledgeVersionRecord>(version =>
        {
            version.ToTable("knowledge_versions");
            version.HasKey(v => v.Id);
            version.Property(v => v.Id).ValueGeneratedOnAdd();
            version.Property(v => v.ArticleId).HasMaxLength(32);
            version.Property(v => v.Format).HasMaxLength(16);
            version.HasIndex(v => new { v.ArticleId, v.Number }).IsUnique();
        });
        modelBuilder.Entity<KnowledgeHistoryRecord>(history =>
        {
            history.ToTable("knowledge_history");
            history.HasKey(h => h.Id);
            history.Property(h => h.Id).ValueGeneratedOnAdd();
            history.Property(h => h.ArticleId).HasMaxLength(32);
            history.HasIndex(h => h.ArticleId);
        });
    }
}
