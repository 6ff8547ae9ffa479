namespace Hotline.Grains.Tickets.Store;

/// <summary>A node of the category tree (industry → sub-category …): its dotted code, parent, name and SLA override.</summary>
public sealed class TicketCategoryRecord
{
    /// <summary>Dotted path, e.g. "urban.taxi"; the parent's code is the part before the last dot.</summary>
    public required string Code { get; set; }
    public string? ParentCode { get; set; }
    /// <summary>The zh-CN name shown to users, e.g. 出租车.</summary>
    public required string Name { get; set; }
    /// <summary>Hours to close a ticket of this category; null inherits from the parent, then the type.</summary>
    public int? SlaHours { get; set; }
    public int SortOrder { get; set; }
    /// <summary>A retired category stays for old tickets but is refused on intake.</summary>
    public bool Enabled { get; set; } = true;
}
