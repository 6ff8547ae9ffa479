namespace Hotline.Telephony.Ivr;

/// <summary>Satisfaction survey: press <see cref="MinScore"/>..<see cref="MaxScore"/>; ends with a survey outcome (score null when unanswered).</summary>
public sealed record SurveyNode : PromptedInputNode
{
    /// <summary>Lowest score key.</summary>
    public int MinScore { get; init; } = 1;

    /// <summary>Highest score key (at most 9).</summary>
    public int MaxScore { get; init; } = 5;

    /// <summary>Variable that receives the score.</summary>
    public string Variable { get; init; } = "surveyScore";

    /// <summary>Played after a valid score.</summary>
    public IvrPrompt? ThanksPrompt { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets() => [];
}
