using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Hotline.Grains.Abstractions.Knowledge;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Knowledge.Images;

/// <summary>Article images as files under <see cref="KnowledgeOptions.ImagesFolder"/>/&lt;article&gt;/&lt;sha-256&gt;.&lt;ext&gt;; only PNG, JPEG, GIF and WebP, recognised by their bytes.</summary>
public sealed partial class KnowledgeImageStore(IOptions<KnowledgeOptions> options)
{
    /// <summary>Stores an image for an article; the same bytes stored twice are one file.</summary>
    /// <exception cref="KnowledgeValidationException">The bytes are no supported image or too large.</exception>
    public async Task<KnowledgeImage> SaveAsync(string articleId, Stream image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var folder = Folder(articleId);
        using var buffer = new MemoryStream();
        await image.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > options.Value.MaxImageBytes)
            throw new KnowledgeValidationException("image", $"The image has {buffer.Length} bytes; at most {options.Value.MaxImageBytes} are accepted.");
        var bytes = buffer.ToArray();
        var (extension, contentType) = Kind(bytes)
            ?? throw new KnowledgeValidationException("image", "The file is not a PNG, JPEG, GIF or WebP image.");
        var name = Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + extension;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        return new KnowledgeImage(articleId, name, contentType, bytes.Length);
    }

    /// <summary>The path and content type of a stored image, or null when there is none by that name.</summary>
    public (string Path, string ContentType)? Find(string articleId, string name)
    {
        if (!ArticleId().IsMatch(articleId ?? "") || !ImageName().IsMatch(name ?? ""))
            return null;
        var path = Path.Combine(Folder(articleId!), name!);
        if (!File.Exists(path))
            return null;
        var contentType = Path.GetExtension(name) switch
        {
            ".png" => "image/png",
            ".jpg" => "image/jpeg",
            ".gif" => "image/gif",
            _ => "image/webp",
        };
        return (path, contentType);
    }

    // Article ids are 32 hex digits; anything else could walk out of the folder.
    private string Folder(string articleId) =>
        ArticleId().IsMatch(articleId ?? "")
            ? Path.Combine(Path.GetFullPath(options.Value.ImagesFolder), articleId!)
            : throw new KnowledgeNotFoundException($"'{articleId}' is not an article id.");

    private static (string Extension, string ContentType)? Kind(byte[] bytes) => bytes switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => (".png", "image/png"),
        [0xFF, 0xD8, 0xFF, ..] => (".jpg", "image/jpeg"),
        [0x47, 0x49, 0x46, 0x38, ..] => (".gif", "image/gif"),
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => (".webp", "image/webp"),
        _ => null,
    };

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex ArticleId();

    [GeneratedRegex(@"^[0-9a-f]{32}\.(png|jpg|gif|webp)$")]
    private static partial Regex ImageName();
}
