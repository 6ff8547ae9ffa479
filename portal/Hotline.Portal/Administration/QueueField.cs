namespace Hotline.Portal.Administration;

/// <summary>The fields of the queue form, named in an <see cref="AdminOutcome"/> so the page marks the field that was wrong.</summary>
public static class QueueField
{
    public const string Name = "queueName";
    public const string Skill = "queueSkill";
    public const string Overflow = "queueOverflow";
}
