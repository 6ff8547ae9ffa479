using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Content;

/// <summary>An article's content as lines of text (title, code, tags, body, tables), the form versions are compared in.</summary>
public static class KnowledgeContentText
{
    /// <summary>One line per field, body line and table row.</summary>
    public static IReadOnlyList<string> Lines(KnowledgeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = new List<string>
        {
            "标题：" + content.Title,
            "编码：" + (content.Code ?? ""),
            "标签：" + string.Join("，", content.Tags),
            "格式：" + content.Format,
        };
        lines.AddRange(content.Body.Split('\n'));
        foreach (var table in content.Tables)
        {
            lines.Add("表格：" + table.Caption);
            lines.Add("| " + string.Join(" | ", table.Columns.Select(c => c.Type == KnowledgeColumnType.Text ? c.Name : $"{c.Name}:{c.Type}")) + " |");
            lines.AddRange(table.Rows.Select(row => "| " + string.Join(" | ", row) + " |"));
        }
        return lines;
    }
}
