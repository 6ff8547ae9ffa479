namespace Hotline.Grains.Abstractions.People;

/// <summary>What an entry of the employee archive records.</summary>
[GenerateSerializer]
public enum ArchiveEntryKind
{
    Onboarding,
    Course,
    Exam,
    Qa,
    Review,
}
