namespace Hotline.Portal.Administration;

/// <summary>One holiday or make-up working day of the business-hours form: the date (yyyy-MM-dd), its name and, for working days, optional hours.</summary>
public sealed class CalendarDayRow
{
    public string Date { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string? Open { get; set; }

    public string? Close { get; set; }
}
