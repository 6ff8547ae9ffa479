using System.Security.Claims;
using Bunit;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Administration;
using Hotline.Portal.Components.Pages.Admin;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The agent skills page: agents with their skills and what the queues need, in Chinese; an edit warns about unneeded skills and levels
/// below a queue's minimum as it is typed, is saved as the signed-in supervisor, and a refusal marks its line and keeps the form.</summary>
[Trait("Category", "Unit")]
public sealed class AgentSkillsPageTests : PortalComponentTest
{
    private readonly RecordingSkills skills = new();

    public AgentSkillsPageTests()
    {
        Services.AddSingleton<IAgentSkillAdministration>(skills);
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("supervisor", PlatformRole.Supervisor));
        Services.AddCascadingAuthenticationState();
        Services.AddAuthorizationCore();
    }

    [Fact]
    public void Lists_agents_with_their_skills_and_the_queues_needs()
    {
        var page = Show<AgentSkillsPage>();

        Assert.Equal("complaint 5 级、enquiry 3 级", page.Find("[data-testid='skills-of-8001']").TextContent.Trim());
        Assert.Contains("尚无坐席档案", page.Find("[data-testid='skills-of-8020']").TextContent, StringComparison.Ordinal);
        Assert.Contains("complaint（队列 complaints，最低 3 级）", page.Find("[data-testid='skills-demand']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_warns_as_typed_and_is_saved_as_the_supervisor()
    {
        var page = Show<AgentSkillsPage>();
        page.Find("[data-testid='skills-edit-8001']").Click();

        Type(page, "skills-level-0", "2");
        page.Find("[data-testid='skills-add']").Click();
        Type(page, "skills-skill-2", "billing");
        Type(page, "skills-level-2", "4");

        var warnings = page.FindAll("[data-testid='skills-warning']").Select(w => w.TextContent.Trim()).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("技能“complaint”的等级低于队列 complaints 的最低等级 3", warnings[0], StringComparison.Ordinal);
        Assert.Contains("没有队列需要技能“billing”", warnings[1], StringComparison.Ordinal);

        page.Find("[data-testid='skills-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("坐席 8001 的技能已保存", page.Find("[data-testid='skills-message']").TextContent, StringComparison.Ordinal));
        var (actor, extension, saved) = Assert.Single(skills.Saves);
        Assert.Equal(("supervisor", "8001"), (actor, extension));
        Assert.Equal([new AgentSkill("complaint", 2), new AgentSkill("enquiry", 3), new AgentSkill("billing", 4)], saved);
        Assert.Empty(page.FindAll("[data-testid='skills-form']"));
    }

    [Fact]
    public void A_removed_line_is_not_saved()
    {
        var page = Show<AgentSkillsPage>();
        page.Find("[data-testid='skills-edit-8001']").Click();

        page.Find("[data-testid='skills-remove-0']").Click();
        page.Find("[data-testid='skills-save']").Click();

        page.WaitForAssertion(() => Assert.Equal([new AgentSkill("enquiry", 3)], Assert.Single(skills.Saves).Skills));
    }

    [Fact]
    public void A_refusal_marks_its_line_in_chinese_and_keeps_the_form()
    {
        skills.Refusal = new AdminOutcome(AgentSkillRules.LevelKey, "enquiry", AgentSkillRules.LineField(1));
        var page = Show<AgentSkillsPage>();
        page.Find("[data-testid='skills-edit-8001']").Click();

        Type(page, "skills-level-1", "11");
        page.Find("[data-testid='skills-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("技能“enquiry”的等级须在 1–10 之间", page.Find("[data-testid='skills-message']").TextContent, StringComparison.Ordinal));
        Assert.Contains("技能“enquiry”的等级须在 1–10 之间", page.Find("[data-testid='skills-line-1']").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("1–10 之间", page.Find("[data-testid='skills-line-0']").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid='skills-form']"));
    }

    private sealed class RecordingSkills : IAgentSkillAdministration
    {
        public List<(string Actor, string Extension, IReadOnlyList<AgentSkill> Skills)> Saves { get; } = [];

        public AdminOutcome Refusal { get; set; } = AdminOutcome.Done;

        public Task<IReadOnlyList<AgentSkillRow>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AgentSkillRow>>(
            [
                new AgentSkillRow("8001", "坐席 8001", [new AgentSkill("complaint", 5), new AgentSkill("enquiry", 3)]),
                new AgentSkillRow("8020", "新坐席", null),
            ]);

        public Task<IReadOnlyList<SkillDemand>> DemandAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<SkillDemand>>([new SkillDemand("complaint", "complaints", 3), new SkillDemand("enquiry", "enquiries", 1)]);

        public Task<AdminOutcome> SaveAsync(ClaimsPrincipal actor, string extension, IReadOnlyList<AgentSkill> skills, CancellationToken cancellationToken)
        {
            Saves.Add((actor.Identity?.Name ?? "", extension, skills));
            return Task.FromResult(Refusal);
        }
    }
}
