namespace Hotline.Portal.Administration;

/// <summary>A field of the business-hours form that does not read: the AdminText key of the message and its arguments (row number, value).</summary>
public sealed record CalendarFieldError(string Key, params object[] Arguments);
