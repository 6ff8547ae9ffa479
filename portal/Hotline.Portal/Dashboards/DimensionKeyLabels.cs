using Hotline.Analytics.Analyses;
using Hotline.Portal.Resources;
using Microsoft.Extensions.Localization;

namespace Hotline.Portal.Dashboards;

/// <summary>How a dimension's keys read on the dashboards: ticket types and channels (kept in analytics by their names in code) in Chinese, every other key as it is.</summary>
public sealed class DimensionKeyLabels(IStringLocalizer<TicketText> text)
{
    /// <summary>The label of <paramref name="key"/>; <paramref name="whole"/> for the empty key (no breakdown); an unknown type or channel reads as itself.</summary>
    public string Of(AnalyticsDimension dimension, string key, string whole)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
            return whole;
        var prefix = dimension switch
        {
            AnalyticsDimension.TicketType => "Type_",
            AnalyticsDimension.Channel => "Channel_",
            _ => null,
        };
        if (prefix is null)
            return key;
        var label = text[prefix + key];
        return label.ResourceNotFound ? key : label.Value;
    }
}
