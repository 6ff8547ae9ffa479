using Hotline.Grains.Abstractions.Agents;
using Hotline.Portal.Administration;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The checks on an agent's skill list: refusals name the line and skill; warnings point at skills no queue needs and levels below a queue's minimum.</summary>
[Trait("Category", "Unit")]
public sealed class AgentSkillRulesTests
{
    private static readonly IReadOnlyList<SkillDemand> Demand =
        [new("complaint", "complaints", 3), new("enquiry", "enquiries", 1), new("enquiry", "vip", 6)];

    [Fact]
    public void A_valid_list_is_not_refused()
    {
        Assert.Null(AgentSkillRules.Refusal([new AgentSkill("complaint", 1), new AgentSkill("enquiry", 10)]));
        Assert.Null(AgentSkillRules.Refusal([]));
    }

    [Theory]
    [InlineData("", 5, AgentSkillRules.NameMissingKey, "2")]
    [InlineData("complaint", 5, AgentSkillRules.DuplicateKey, "complaint")]
    [InlineData("enquiry", 0, AgentSkillRules.LevelKey, "enquiry")]
    [InlineData("enquiry", 11, AgentSkillRules.LevelKey, "enquiry")]
    [InlineData("a-skill-name-that-is-far-too-long-to-be-right", 5, AgentSkillRules.NameTooLongKey, "a-skill-name-that-is-far-too-long-to-be-right")]
    public void A_bad_second_line_is_refused_naming_the_line_and_skill(string skill, int level, string key, string detail)
    {
        var refusal = AgentSkillRules.Refusal([new AgentSkill("complaint", 5), new AgentSkill(skill, level)]);

        Assert.Equal(new AdminOutcome(key, detail, "skill-1"), refusal);
    }

    [Fact]
    public void A_skill_no_queue_needs_and_a_level_below_a_minimum_are_warned_about()
    {
        var warnings = AgentSkillRules.Warnings([new AgentSkill("complaint", 2), new AgentSkill("enquiry", 4), new AgentSkill(" billing ", 5)], Demand);

        Assert.Equal(
            [
                new SkillWarning(AgentSkillRules.BelowMinimumKey, "complaint", "complaints", 3),
                new SkillWarning(AgentSkillRules.BelowMinimumKey, "enquiry", "vip", 6),
                new SkillWarning(AgentSkillRules.UnneededKey, "billing"),
            ],
            warnings);
    }

    [Fact]
    public void Skills_every_queue_can_use_raise_no_warning()
    {
        Assert.Empty(AgentSkillRules.Warnings([new AgentSkill("complaint", 3), new AgentSkill("enquiry", 6)], Demand));
    }
}
