namespace Hotline.Grains.Tickets.Search;

/// <summary>The field names of the ticket index.</summary>
public static class TicketSearchFields
{
    /// <summary>The ticket number (stored; the key documents are replaced by).</summary>
    public const string Number = "number";

    /// <summary>Enterprise, plate, route and place, analysed.</summary>
    public const string Subject = "subject";

    /// <summary>The citizen's account, analysed.</summary>
    public const string Description = "description";

    /// <summary>The handling unit's reply, analysed.</summary>
    public const string Reply = "reply";

    /// <summary>Workflow state name (exact).</summary>
    public const string State = "state";

    /// <summary>Type name (exact).</summary>
    public const string Type = "type";

    /// <summary>Channel name (exact).</summary>
    public const string Channel = "channel";

    /// <summary>The category code and each of its ancestors (urban, urban.taxi, urban.taxi.refusal), so a filter matches a subtree.</summary>
    public const string Category = "category";

    /// <summary>The handling unit (exact).</summary>
    public const string Unit = "unit";

    /// <summary>The person handling the ticket (exact).</summary>
    public const string Handler = "handler";

    /// <summary>The citizen phone (exact).</summary>
    public const string Phone = "phone";

    /// <summary>Creation time in Unix milliseconds (numeric, for ranges).</summary>
    public const string Created = "created";

    /// <summary>Creation time as doc values, for newest-first sorting.</summary>
    public const string CreatedOrder = "created_order";
}
