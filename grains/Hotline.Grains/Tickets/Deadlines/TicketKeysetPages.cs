namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>Walks a query page by page in (key, id) order, so every sweep pass reads each row once and always ends, whatever the handler did to the rows.</summary>
public static class TicketKeysetPages
{
    /// <summary>Reads pages of <paramref name="size"/> rows after the last (key, id) read, hands each to <paramref name="handle"/>, and counts.</summary>
    /// <param name="size">Rows per page.</param>
    /// <param name="start">The (key, id) before the first row.</param>
    /// <param name="read">Reads the page after the given (key, id).</param>
    /// <param name="position">The (key, id) of a row.</param>
    /// <param name="handle">Acts on a page; returns how many rows it changed.</param>
    public static async Task<TicketSweepPass> RunAsync<T>(
        int size, (long Key, long Id) start, Func<long, long, Task<List<T>>> read, Func<T, (long Key, long Id)> position, Func<List<T>, Task<int>> handle)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(handle);
        var after = start;
        int acted = 0, examined = 0, pages = 0;
        while (true)
        {
            var page = await read(after.Key, after.Id);
            if (page.Count == 0)
                break;
            pages++;
            examined += page.Count;
            acted += await handle(page);
            after = position(page[^1]);
            if (page.Count < size)
                break;
        }
        return new TicketSweepPass(acted, examined, pages);
    }
}
