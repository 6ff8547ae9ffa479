namespace Hotline.Qa.Learning;

/// <summary>Everything the quality model knows about a call: rule results, conversation figures, what was said, and call metadata.</summary>
/// <param name="CallId">The call.</param>
/// <param name="ItemResults">Each scorecard item's rule result as a fraction of its points (0–1).</param>
/// <param name="Figures">Conversation measurements.</param>
/// <param name="Text">The transcript's text (both channels); segmented with jieba before it reaches the model.</param>
/// <param name="Queue">The queue (skill) that answered.</param>
/// <param name="HourOfDay">Local hour the call arrived.</param>
/// <param name="AgentTenureDays">How long the agent has worked here.</param>
public sealed record CallFeatures(
    string CallId,
    IReadOnlyDictionary<string, double> ItemResults,
    ConversationFigures Figures,
    string Text,
    string Queue,
    int HourOfDay,
    int AgentTenureDays);
