namespace Hotline.Portal.Api;

/// <summary>A trainer's points for one short answer.</summary>
public sealed record PeopleGradeRequest(string QuestionId, double Points, string? Comment);
