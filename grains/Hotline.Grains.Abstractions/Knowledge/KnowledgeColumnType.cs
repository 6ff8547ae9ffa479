using System.Text.Json.Serialization;

namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>The type of a table column; typed columns make a table a structured entry list (e.g. a fare table).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KnowledgeColumnType>))]
public enum KnowledgeColumnType
{
    Text,
    Number,
    /// <summary>An amount in yuan, at most two decimals, not negative.</summary>
    Money,
    /// <summary>A day, yyyy-MM-dd.</summary>
    Date,
    /// <summary>true or false.</summary>
    Boolean,
}
