namespace Hotline.Grains.Tickets.Categories;

/// <summary>An edit of the category tree that was refused: the field that was wrong (Code, ParentCode, Name, SlaHours) and why.</summary>
public sealed class TicketCategoryEditException : InvalidOperationException
{
    public TicketCategoryEditException() { }

    public TicketCategoryEditException(string message) : base(message) { }

    public TicketCategoryEditException(string message, Exception innerException) : base(message, innerException) { }

    public TicketCategoryEditException(string field, TicketCategoryRefusal refusal, string message) : base(message)
    {
        Field = field;
        Refusal = refusal;
    }

    /// <summary>The wrong field: "Code", "ParentCode", "Name" or "SlaHours".</summary>
    public string Field { get; } = "";

    /// <summary>Why the edit was refused.</summary>
    public TicketCategoryRefusal Refusal { get; }
}
