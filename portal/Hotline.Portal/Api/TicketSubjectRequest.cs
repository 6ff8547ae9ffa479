namespace Hotline.Portal.Api;

/// <summary>What a submitted ticket is about (each part optional).</summary>
public sealed record TicketSubjectRequest(string? Enterprise, string? VehiclePlate, string? Route, string? Location, string? Region);
