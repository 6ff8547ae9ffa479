using System.Security.Cryptography;
using System.Text;
using Hotline.Grains.Abstractions.Tickets;
using MimeKit;

namespace Hotline.Portal.Channels.Email;

/// <summary>Saves a message's attachments under <c>&lt;root&gt;/&lt;hash of the message key&gt;/</c>; a redelivered message overwrites the same files.</summary>
public sealed class EmailAttachmentStore(string root)
{
    /// <summary>The folder the attachments of every message go under.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Writes the parts and describes them for the ticket.</summary>
    public async Task<IReadOnlyList<TicketAttachment>> SaveAsync(string messageKey, IReadOnlyList<MimePart> parts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            return [];
        }

        var folder = FolderOf(messageKey);
        Directory.CreateDirectory(folder);
        var saved = new List<TicketAttachment>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var name = SafeName(part.FileName, i);
            var path = Path.Combine(folder, $"{i + 1}-{name}");
            // Written beside and renamed, so a crash never leaves a half file under the final name.
            var partial = path + ".partial";
            await using (var file = File.Create(partial))
            {
                if (part.Content is { } content)
                {
                    await content.DecodeToAsync(file, cancellationToken);
                }
            }

            File.Move(partial, path, overwrite: true);
            saved.Add(new TicketAttachment(name, part.ContentType.MimeType.ToLowerInvariant(), new FileInfo(path).Length, path));
        }

        return saved;
    }

    /// <summary>Removes what was saved for a message that was then rejected.</summary>
    public void Delete(string messageKey)
    {
        var folder = FolderOf(messageKey);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string FolderOf(string messageKey) =>
        Path.Combine(Root, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageKey)))[..32]);

    // The sender chooses the name: keep only its last segment and characters that are safe in any file system.
    private static string SafeName(string? fileName, int index)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/').Split('/')[^1]);
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).Trim('.');
        if (safe.Length > 100)
        {
            safe = safe[^100..];
        }

        return safe.Length == 0 ? $"attachment-{index + 1}" : safe;
    }
}
