using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>Reads and writes articles in one file format.</summary>
public interface IKnowledgeFileCodec
{
    KnowledgeFileFormat Format { get; }

    /// <summary>The articles in a file, each with where it was found, and every problem that kept a part of the file from being read.</summary>
    KnowledgeFileContents Read(Stream file);

    /// <summary>Writes the articles to <paramref name="destination"/>.</summary>
    void Write(IReadOnlyList<KnowledgeDocument> documents, Stream destination);
}
