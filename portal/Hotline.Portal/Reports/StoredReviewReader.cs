using System.Globalization;
using System.Resources;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Identity;
using Hotline.Portal.Resources;
using Hotline.Reports.Data;
using Hotline.Reports.Sources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Reports;

/// <summary>Hands the report generator the performance review HR's workflow stored for an agent and period, with team average, rank and the previous review.</summary>
/// <remarks>Team figures compare reviews of the same role over the same period: the KPI scheme is per role, so only those totals are comparable.</remarks>
public sealed class StoredReviewReader(IReviewCatalog catalog, IServiceScopeFactory scopes) : IStoredReviewSource
{
    private static readonly ResourceManager Text = new(typeof(ReviewReportText));
    private static readonly ResourceManager RoleNames = new(typeof(PortalText));
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    // The platform reads every review to print one; a reader role is what ReviewCatalog.ListAsync checks.
    private static readonly PeopleActor Reader = new("reports", [PlatformRole.Hr]);

    /// <inheritdoc />
    public async Task<StoredReview?> FindAsync(string agent, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        ArgumentNullException.ThrowIfNull(period);
        var same = await ExactAsync(null, period, cancellationToken);
        var review = same.LastOrDefault(r => r.Employee == agent);
        if (review is null)
            return null;

        var previousPeriod = period.Previous();
        var previous = (await ExactAsync(agent, previousPeriod, cancellationToken)).LastOrDefault();
        var team = same.Where(r => r.Role == review.Role).GroupBy(r => r.Employee).Select(g => g.Last()).OrderByDescending(r => r.Total).ToList();
        var data = new PerformanceReviewData(
            await NameAsync(agent, cancellationToken),
            agent,
            RoleNames.GetString("Role_" + review.Role, Chinese) ?? review.Role,
            period,
            [.. review.Scores.Select(s => Kpi(s, previous))],
            previous?.Total,
            team.Average(r => r.Total),
            team.FindIndex(r => r.Employee == agent) + 1,
            team.Count,
            Comment(review));
        return new StoredReview(data, Say("State_" + review.State, review.State.ToString()), review.State >= ReviewState.Approved);
    }

    private async Task<List<ReviewSnapshot>> ExactAsync(string? employee, ReportPeriod period, CancellationToken cancellationToken)
    {
        var overlapping = await catalog.ListAsync(Reader, employee, period.From, period.To, cancellationToken);
        return [.. overlapping.Where(r => r.From == period.From && r.To == period.To)];
    }

    private static KpiResult Kpi(KpiScore score, ReviewSnapshot? previous)
    {
        var kind = score.Definition.Kind;
        var before = previous?.Scores.FirstOrDefault(s => s.Definition.Kind == kind)?.Actual;
        var evidence = score.Evidence is { } figure
            ? string.Format(Chinese, Say("Evidence", "{0} ({1})"), figure.Detail, figure.Source, figure.From.ToString("yyyy-MM-dd", Chinese), figure.To.ToString("yyyy-MM-dd", Chinese))
            : Say("NoFigure", "-");
        return new KpiResult(Say("Kpi_" + kind, kind.ToString()), score.Definition.Weight, UnitOf(kind), score.Definition.Target, score.Actual ?? 0, before,
            score.AttainmentPercent, evidence);
    }

    private static ValueUnit UnitOf(KpiKind kind) => kind switch
    {
        KpiKind.CallsHandled => ValueUnit.Count,
        KpiKind.AverageHandleTime => ValueUnit.Seconds,
        KpiKind.QaAverage or KpiKind.ExamResults => ValueUnit.Score,
        _ => ValueUnit.Rate,
    };

    private static string Comment(ReviewSnapshot review)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(review.SupervisorComment))
            parts.Add(string.Format(Chinese, Say("SupervisorComment", "{0}"), review.SupervisorComment));
        if (!string.IsNullOrWhiteSpace(review.HrNote))
            parts.Add(string.Format(Chinese, Say("HrNote", "{0}"), review.HrNote));
        if (!string.IsNullOrWhiteSpace(review.EmployeeNote))
            parts.Add(string.Format(Chinese, Say("EmployeeNote", "{0}"), review.EmployeeNote));
        return string.Join('\n', parts);
    }

    /// <summary>The agent's display name from the sign-in accounts (by extension, else user name), else 坐席 &lt;number&gt;.</summary>
    private async Task<string> NameAsync(string agent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetService<UserManager<PortalUser>>();
        var user = users is null ? null : await users.Users.FirstOrDefaultAsync(u => u.Extension == agent || u.UserName == agent, cancellationToken);
        return user is { DisplayName.Length: > 0 } ? user.DisplayName : string.Format(Chinese, Say("AgentName", "{0}"), agent);
    }

    private static string Say(string key, string fallback) => Text.GetString(key, Chinese) ?? fallback;
}
