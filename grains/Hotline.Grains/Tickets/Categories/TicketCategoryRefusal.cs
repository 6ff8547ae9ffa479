namespace Hotline.Grains.Tickets.Categories;

/// <summary>Why an edit of the category tree was refused; the portal turns each into a Chinese message naming the field.</summary>
public enum TicketCategoryRefusal
{
    /// <summary>The code is not dotted lower-case segments (letters, digits, hyphens).</summary>
    CodeMalformed,

    /// <summary>The code exists already; codes are never reused because tickets refer to them.</summary>
    CodeTaken,

    /// <summary>The code to change is not in the tree.</summary>
    CodeUnknown,

    /// <summary>The parent (the code before its last dot) is not in the tree.</summary>
    ParentUnknown,

    /// <summary>The name is empty.</summary>
    NameRequired,

    /// <summary>The name is longer than <see cref="TicketCategoryEdits.MaxName"/> characters.</summary>
    NameTooLong,

    /// <summary>The SLA hours are outside 1 to <see cref="TicketCategoryEdits.MaxSlaHours"/>.</summary>
    SlaOutOfRange,
}
