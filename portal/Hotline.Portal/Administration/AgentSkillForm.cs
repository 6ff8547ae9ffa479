using Hotline.Grains.Abstractions.Agents;

namespace Hotline.Portal.Administration;

/// <summary>The skill lines of one agent being edited on the skills page.</summary>
public sealed class AgentSkillForm
{
    /// <summary>The agent's extension.</summary>
    public required string Extension { get; init; }

    /// <summary>The agent's display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The lines in the order shown; empty skill names are refused on save, not dropped silently.</summary>
    public List<AgentSkillLine> Lines { get; } = [];

    /// <summary>The form of <paramref name="row"/> (no lines when it has no profile).</summary>
    public static AgentSkillForm From(AgentSkillRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var form = new AgentSkillForm { Extension = row.Extension, DisplayName = row.DisplayName };
        form.Lines.AddRange((row.Skills ?? []).Select(s => new AgentSkillLine { Skill = s.Skill, Level = s.Level }));
        return form;
    }

    /// <summary>The skills as the lines give them.</summary>
    public IReadOnlyList<AgentSkill> ToSkills() => [.. Lines.Select(l => new AgentSkill(l.Skill ?? string.Empty, l.Level))];
}

/// <summary>One editable skill line: the skill's name and the level (1–10).</summary>
public sealed class AgentSkillLine
{
    public string Skill { get; set; } = string.Empty;

    public int Level { get; set; } = AgentSkillRules.MinLevel;
}
