using Microsoft.ML.Data;

namespace Hotline.Qa.Learning;

/// <summary>The row schema with the vector lengths of one model (the item count varies by scorecard).</summary>
internal static class QualityRowSchema
{
    public static SchemaDefinition For(int items)
    {
        var schema = SchemaDefinition.Create(typeof(QualityRow));
        schema[nameof(QualityRow.Items)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, items);
        schema[nameof(QualityRow.Figures)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ConversationFigures.Length);
        return schema;
    }
}
