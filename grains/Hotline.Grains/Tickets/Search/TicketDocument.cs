using Hotline.Grains.Tickets.Store;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Hotline.Grains.Tickets.Search;

/// <summary>Builds the Lucene document of a ticket row: analysed text, exact filter fields, and only the number stored (rows are read from the store).</summary>
public static class TicketDocument
{
    // The description keeps its term vector: the duplicate finder compares descriptions from the index instead of segmenting each again.
    private static readonly FieldType DescriptionType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true });

    /// <summary>The key term that identifies <paramref name="number"/>'s document.</summary>
    public static Term Key(string number) => new(TicketSearchFields.Number, number);

    /// <summary>The text the subject field is made of: enterprise, plate, route and place, blank-separated.</summary>
    public static string SubjectText(TicketRecord ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return string.Join(' ', new[] { ticket.Enterprise, ticket.VehiclePlate, ticket.Route, ticket.Location }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>The document of <paramref name="ticket"/>.</summary>
    public static Document For(TicketRecord ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var document = new Document
        {
            new StringField(TicketSearchFields.Number, ticket.Number, Field.Store.YES),
            new TextField(TicketSearchFields.Subject, SubjectText(ticket), Field.Store.NO),
            new Field(TicketSearchFields.Description, ticket.Description, DescriptionType),
            new TextField(TicketSearchFields.Reply, ticket.Reply ?? "", Field.Store.NO),
            new StringField(TicketSearchFields.State, ticket.State, Field.Store.NO),
            new StringField(TicketSearchFields.Type, ticket.Type, Field.Store.NO),
            new StringField(TicketSearchFields.Channel, ticket.Channel, Field.Store.NO),
            new Int64Field(TicketSearchFields.Created, ticket.CreatedAtUnixMs, Field.Store.NO),
            new NumericDocValuesField(TicketSearchFields.CreatedOrder, ticket.CreatedAtUnixMs),
        };
        if (!string.IsNullOrEmpty(ticket.UnitId))
            document.Add(new StringField(TicketSearchFields.Unit, ticket.UnitId, Field.Store.NO));
        if (!string.IsNullOrEmpty(ticket.Handler))
            document.Add(new StringField(TicketSearchFields.Handler, ticket.Handler, Field.Store.NO));
        if (!string.IsNullOrEmpty(ticket.CitizenPhone))
            document.Add(new StringField(TicketSearchFields.Phone, ticket.CitizenPhone, Field.Store.NO));
        foreach (var code in CategoryAndAncestors(ticket.CategoryCode))
            document.Add(new StringField(TicketSearchFields.Category, code, Field.Store.NO));
        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static IEnumerable<string> CategoryAndAncestors(string? code)
    {
        if (string.IsNullOrEmpty(code))
            yield break;
        for (var dot = code.IndexOf('.', StringComparison.Ordinal); dot > 0; dot = code.IndexOf('.', dot + 1))
            yield return code[..dot];
        yield return code;
    }
}
