namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>Hands out the ticket numbers of one day (key: yyyyMMdd, Asia/Shanghai); a number is never handed out twice.</summary>
public interface ITicketNumberGrain : IGrainWithStringKey
{
    /// <summary>The next number of the day, e.g. 12328-20261127-0000123.</summary>
    Task<string> NextAsync();
}
