using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Calls;

/// <summary>How an <see cref="OutboundDialer"/> places calls for one list: at once or after the agent accepts, the retry rule, the survey.</summary>
internal sealed record OutboundCallSettings(RetryRule Retry, bool DialAtOnce, bool SurveyAfterAgent);
