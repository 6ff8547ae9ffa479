using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>A column written as one header cell: "车型" for text, "起步价:Money" for a typed column (the form every file format uses).</summary>
public static class KnowledgeTableHeader
{
    /// <summary>The header text of a column.</summary>
    public static string Write(KnowledgeColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Type == KnowledgeColumnType.Text ? column.Name : $"{column.Name}:{column.Type}";
    }

    /// <summary>The column of a header text; a suffix after the last ':' that is no column type stays part of the name.</summary>
    public static KnowledgeColumn Read(string header)
    {
        var text = (header ?? "").Trim();
        var colon = text.LastIndexOf(':');
        return colon > 0 && Enum.TryParse<KnowledgeColumnType>(text[(colon + 1)..], ignoreCase: true, out var type) && !int.TryParse(text[(colon + 1)..], out _)
            ? new KnowledgeColumn(text[..colon].Trim(), type)
            : new KnowledgeColumn(text);
    }
}
