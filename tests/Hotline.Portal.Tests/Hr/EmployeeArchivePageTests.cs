using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Components.Pages.Hr;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Hr;

/// <summary>员工档案: entries grouped by kind, newest first, with each kind's count and mean score; the archive's refusal shown instead of entries.</summary>
[Trait("Category", "Unit")]
public sealed class EmployeeArchivePageTests : PortalComponentTest
{
    private readonly ListedArchive archive = new();

    public EmployeeArchivePageTests()
    {
        Services.AddSingleton<IEmployeeArchive>(archive);
        Services.AddCascadingAuthenticationState();
    }

    [Fact]
    public void Entries_are_grouped_by_kind_with_counts_and_mean_scores()
    {
        archive.Entries.AddRange(
        [
            Entry(ArchiveEntryKind.Exam, 1, "新员工政策考试", 80),
            Entry(ArchiveEntryKind.Exam, 20, "出租车管理条例考试", 95),
            Entry(ArchiveEntryKind.Qa, 30, "call-42 质检", 75),
            Entry(ArchiveEntryKind.Onboarding, 0, "入职培训计划", null),
        ]);
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("hr", PlatformRole.Hr));

        var page = Show<EmployeeArchivePage>(p => p.Add(x => x.Employee, "8001"));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=hr-archive-Exam]")));
        var exams = page.Find("[data-testid=hr-archive-Exam]");
        Assert.Contains("考试 (2)，平均 87.5 分", exams.TextContent, StringComparison.Ordinal);
        Assert.Equal(["出租车管理条例考试", "新员工政策考试"], exams.QuerySelectorAll("[data-testid=hr-archive-entry] td:nth-child(2)").Select(td => td.TextContent));
        Assert.Contains("入职培训 (1)", page.Find("[data-testid=hr-archive-Onboarding]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("平均", page.Find("[data-testid=hr-archive-Onboarding] h6").TextContent, StringComparison.Ordinal);
        Assert.Equal(("hr", "8001"), archive.Asked);
    }

    [Fact]
    public void A_reader_the_archive_refuses_sees_why_and_no_entries()
    {
        archive.Entries.Add(Entry(ArchiveEntryKind.Qa, 1, "call-1 质检", 60));
        archive.Refusal = new PeopleAccessException("8002 (agent) may not read the archive of 8001.");
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("8002", PlatformRole.Agent));

        var page = Show<EmployeeArchivePage>(p => p.Add(x => x.Employee, "8001"));

        page.WaitForAssertion(() => Assert.Contains("may not read the archive of 8001", page.Find("[data-testid=hr-failure]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=hr-archive-entry]"));
    }

    private static ArchiveEntry Entry(ArchiveEntryKind kind, int day, string title, double? score) => new()
    {
        Employee = "8001", At = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(8)).AddDays(day), Kind = kind, Title = title, Reference = title, Score = score,
    };

    private sealed class ListedArchive : IEmployeeArchive
    {
        public List<ArchiveEntry> Entries { get; } = [];

        public Exception? Refusal { get; set; }

        public (string Actor, string Employee)? Asked { get; private set; }

        public Task<IReadOnlyList<ArchiveEntry>> GetTimelineAsync(PeopleActor actor, string employee, CancellationToken cancellationToken)
        {
            Asked = (actor.Id, employee);
            return Refusal is not null ? throw Refusal : Task.FromResult<IReadOnlyList<ArchiveEntry>>([.. Entries]);
        }

        public Task RecordQaAsync(PeopleActor actor, string employee, string callId, DateTimeOffset at, double score, string detail, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the archive page records nothing");
    }
}
