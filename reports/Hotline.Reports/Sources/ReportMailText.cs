using System.Globalization;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>The wording of a mailed report.</summary>
public static class ReportMailText
{
    /// <summary>The mail body: the report's title and period, with the PDF attached.</summary>
    public static string Body(string title, DateOnly from, DateOnly to) =>
        string.Format(CultureInfo.GetCultureInfo("zh-CN"), SourceText.MailBody, title,
            from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
