namespace Hotline.Grains.Knowledge.Store;

/// <summary>The content columns an article row (its working copy) and a version row share, so one mapping reads and writes both.</summary>
public interface IKnowledgeContentColumns
{
    string Title { get; set; }
    string? Code { get; set; }
    /// <summary>"|tag|tag|", so one LIKE finds a whole tag.</summary>
    string Tags { get; set; }
    string Format { get; set; }
    string Body { get; set; }
    /// <summary>The tables as JSON.</summary>
    string Tables { get; set; }
}
