using Hotline.Grains.Abstractions.Agents;

namespace Hotline.Portal.Administration;

/// <summary>
/// The checks on an agent's skill list: refusals (a line without a skill, a repeated skill, a level outside 1–10) and
/// warnings that still let it be saved (a skill no registered queue needs, a level below a queue's minimum).
/// </summary>
public static class AgentSkillRules
{
    /// <summary>The lowest skill level.</summary>
    public const int MinLevel = 1;

    /// <summary>The highest skill level.</summary>
    public const int MaxLevel = 10;

    /// <summary>The longest skill name accepted.</summary>
    public const int MaxSkillLength = 40;

    /// <summary>Refusal key: a line without a skill name; detail: the line number.</summary>
    public const string NameMissingKey = "SkillNameMissing";

    /// <summary>Refusal key: a skill name over <see cref="MaxSkillLength"/> characters; detail: the name.</summary>
    public const string NameTooLongKey = "SkillNameTooLong";

    /// <summary>Refusal key: a skill listed twice; detail: the skill.</summary>
    public const string DuplicateKey = "SkillDuplicate";

    /// <summary>Refusal key: a level outside 1–10; detail: the skill.</summary>
    public const string LevelKey = "SkillLevelOutOfRange";

    /// <summary>Warning key: no registered queue needs the skill (args: skill).</summary>
    public const string UnneededKey = "SkillUnneeded";

    /// <summary>Warning key: the level is below a queue's minimum (args: skill, queue, minimum level).</summary>
    public const string BelowMinimumKey = "SkillBelowMinimum";

    /// <summary>The field of skill line <paramref name="index"/> (0-based) in an <see cref="AdminOutcome"/>.</summary>
    public static string LineField(int index) => FormattableString.Invariant($"skill-{index}");

    /// <summary>The first refusal of <paramref name="skills"/> (names already trimmed), or null when they can be saved.</summary>
    public static AdminOutcome? Refusal(IReadOnlyList<AgentSkill> skills)
    {
        ArgumentNullException.ThrowIfNull(skills);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < skills.Count; i++)
        {
            var (skill, level) = (skills[i].Skill, skills[i].Level);
            if (string.IsNullOrWhiteSpace(skill))
            {
                return new AdminOutcome(NameMissingKey, FormattableString.Invariant($"{i + 1}"), LineField(i));
            }

            if (skill.Length > MaxSkillLength)
            {
                return new AdminOutcome(NameTooLongKey, skill, LineField(i));
            }

            if (!seen.Add(skill))
            {
                return new AdminOutcome(DuplicateKey, skill, LineField(i));
            }

            if (level is < MinLevel or > MaxLevel)
            {
                return new AdminOutcome(LevelKey, skill, LineField(i));
            }
        }

        return null;
    }

    /// <summary>What to point out about <paramref name="skills"/> given what the queues need; saving is still allowed.</summary>
    public static IReadOnlyList<SkillWarning> Warnings(IEnumerable<AgentSkill> skills, IReadOnlyList<SkillDemand> demand)
    {
        ArgumentNullException.ThrowIfNull(skills);
        ArgumentNullException.ThrowIfNull(demand);
        var warnings = new List<SkillWarning>();
        foreach (var held in skills.Where(s => !string.IsNullOrWhiteSpace(s.Skill)))
        {
            var skill = held.Skill.Trim();
            var needing = demand.Where(d => d.Skill == skill).ToList();
            if (needing.Count == 0)
            {
                warnings.Add(new SkillWarning(UnneededKey, skill));
            }

            warnings.AddRange(needing.Where(d => held.Level < d.MinimumLevel).Select(d => new SkillWarning(BelowMinimumKey, skill, d.Queue, d.MinimumLevel)));
        }

        return warnings;
    }
}

/// <summary>A warning about one skill (resource key in AdminText, formatted with the skill, queue and minimum level).</summary>
public sealed record SkillWarning(string Key, string Skill, string? Queue = null, int MinimumLevel = 0);
