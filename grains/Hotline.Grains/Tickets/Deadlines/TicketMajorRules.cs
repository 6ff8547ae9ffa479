using System.Globalization;
using System.Linq.Expressions;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>The 重大投诉 rules: a keyword in the description, the same caller many times in a window, many tickets against one enterprise in a window.</summary>
/// <remarks>Intake applies the first two at once (<see cref="IntakeReasonAsync"/>); the sweep applies all three to what intake did not mark.</remarks>
public sealed class TicketMajorRules(IOptions<TicketMajorRuleOptions> options)
{
    /// <summary>The rules cheap enough to run as the ticket is taken in (a keyword in the description, the same caller again within the window,
    /// both one indexed lookup at most): the reason, or null when neither holds or the ticket's type is not watched. The ticket may be stored or
    /// about to be (id 0).</summary>
    public async Task<string?> IntakeReasonAsync(OperationalDbContext db, TicketRecord ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ticket);
        var rules = options.Value;
        if (!rules.Types.Any(t => string.Equals(t.ToString(), ticket.Type, StringComparison.Ordinal)))
            return null;
        var keyword = rules.Keywords.FirstOrDefault(k => k.Length > 0 && ticket.Description.Contains(k, StringComparison.Ordinal));
        if (keyword is not null)
            return $"关键词“{keyword}”";

        if (ticket.CitizenPhone is { } phone && rules.RepeatCallerCount > 0)
        {
            var count = await CountUpToAsync(db, ticket, t => t.CitizenPhone == phone, rules.RepeatCallerWindow, cancellationToken);
            if (count >= rules.RepeatCallerCount)
                return string.Create(CultureInfo.InvariantCulture, $"同一来电 {Days(rules.RepeatCallerWindow)} 内第 {count} 次投诉");
        }
        return null;
    }

    /// <summary>The reason <paramref name="ticket"/> is major (the first rule that holds), or null; the sweep's full set of rules.</summary>
    public async Task<string?> ReasonAsync(OperationalDbContext db, TicketRecord ticket, CancellationToken cancellationToken)
    {
        if (await IntakeReasonAsync(db, ticket, cancellationToken) is { } reason)
            return reason;
        var rules = options.Value;
        if (ticket.Enterprise is { } enterprise && rules.EnterpriseCount > 0)
        {
            var count = await CountUpToAsync(db, ticket, t => t.Enterprise == enterprise, rules.EnterpriseWindow, cancellationToken);
            if (count >= rules.EnterpriseCount)
                return string.Create(CultureInfo.InvariantCulture, $"{Days(rules.EnterpriseWindow)} 内针对“{enterprise}”的第 {count} 件投诉");
        }
        return null;
    }

    /// <summary>How many tickets of the rule types matching <paramref name="same"/> came in the window up to <paramref name="ticket"/>, this one included.</summary>
    /// <remarks>A ticket not stored yet (id 0: intake decides before its one transaction) counts the stored ones up to its time, plus itself. Two
    /// intakes of one caller in the same instant may then both miss the count the second would have reached; the sweep counts stored tickets by id
    /// and marks what intake missed.</remarks>
    private async Task<int> CountUpToAsync(OperationalDbContext db, TicketRecord ticket, Expression<Func<TicketRecord, bool>> same, TimeSpan window, CancellationToken cancellationToken)
    {
        var types = options.Value.Types.Select(t => t.ToString()).ToList();
        var (created, id) = (ticket.CreatedAtUnixMs, ticket.Id);
        var since = created - (long)window.TotalMilliseconds;
        var candidates = db.Set<TicketRecord>().AsNoTracking().Where(same).Where(t => t.CreatedAtUnixMs >= since && types.Contains(t.Type));
        if (id == 0)
            return await candidates.CountAsync(t => t.CreatedAtUnixMs <= created, cancellationToken) + 1;
        // Ties in time go by id, so of ten tickets at the same instant only the tenth counts ten.
        return await candidates.CountAsync(t => t.CreatedAtUnixMs < created || (t.CreatedAtUnixMs == created && t.Id <= id), cancellationToken);
    }

    private static string Days(TimeSpan window) =>
        window.TotalDays >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{window.TotalDays:0.#} 天") : string.Create(CultureInfo.InvariantCulture, $"{window.TotalHours:0.#} 小时");
}
