using Hotline.Analytics.Analyses;

namespace Hotline.Portal.Dashboards;

/// <summary>What the 专题 tab shows for a request: the matching tickets and calls and their breakdowns.</summary>
public sealed record TopicView(TopicRequest Request, TopicReport Report);
