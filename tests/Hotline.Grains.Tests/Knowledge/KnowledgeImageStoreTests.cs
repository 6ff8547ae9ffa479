using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Knowledge;
using Hotline.Grains.Knowledge.Images;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Article images on disk: recognised by their bytes, stored once per content, never outside the images folder.</summary>
[Trait("Category", "Unit")]
public sealed class KnowledgeImageStoreTests : IDisposable
{
    private const string ArticleId = "0123456789abcdef0123456789abcdef";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-knowledge-images-" + Guid.NewGuid().ToString("N")[..12]);

    private KnowledgeImageStore Store(long max = 1024) => new(Options.Create(new KnowledgeOptions { ImagesFolder = _folder, MaxImageBytes = max }));

    [Fact]
    public async Task A_png_is_stored_under_the_article_once_and_found_by_name()
    {
        var first = await Store().SaveAsync(ArticleId, new MemoryStream(Png), TestContext.Current.CancellationToken);
        var second = await Store().SaveAsync(ArticleId, new MemoryStream(Png), TestContext.Current.CancellationToken);

        Assert.Equal(first.Name, second.Name);
        Assert.EndsWith(".png", first.Name, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_folder, ArticleId)));
        var found = Store().Find(ArticleId, first.Name);
        Assert.Equal("image/png", found?.ContentType);
        Assert.Equal(Png, await File.ReadAllBytesAsync(found!.Value.Path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Other_files_and_oversized_images_are_refused()
    {
        var html = await Assert.ThrowsAsync<KnowledgeValidationException>(() => Store().SaveAsync(ArticleId, new MemoryStream("<svg onload=x>"u8.ToArray()), TestContext.Current.CancellationToken));
        Assert.Contains("PNG", html.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<KnowledgeValidationException>(() => Store(max: 8).SaveAsync(ArticleId, new MemoryStream(Png), TestContext.Current.CancellationToken));
        Assert.False(Directory.Exists(Path.Combine(_folder, ArticleId)));
    }

    [Theory]
    [InlineData("../../etc", "passwd")]
    [InlineData(ArticleId, "../../../etc/passwd")]
    [InlineData(ArticleId, "0123456789abcdef0123456789abcdef.exe")]
    public async Task Names_that_could_leave_the_folder_find_nothing(string article, string name)
    {
        // A real image exists, so a lookup that escaped the checks could find something.
        await Store().SaveAsync(ArticleId, new MemoryStream(Png), TestContext.Current.CancellationToken);
        Assert.Null(Store().Find(article, name));
    }

    [Fact]
    public async Task An_upload_for_something_that_is_no_article_id_is_refused() =>
        await Assert.ThrowsAsync<KnowledgeNotFoundException>(() => Store().SaveAsync("../../etc", new MemoryStream(Png), TestContext.Current.CancellationToken));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
