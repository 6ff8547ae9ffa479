namespace Hotline.Grains.Abstractions.People;

/// <summary>What an onboarding plan item asks of the new hire.</summary>
[GenerateSerializer]
public enum OnboardingItemKind
{
    /// <summary>Complete a course (a trainer records it).</summary>
    Course,
    /// <summary>Pass an exam.</summary>
    Exam,
}
