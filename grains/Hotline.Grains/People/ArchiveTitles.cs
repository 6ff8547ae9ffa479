using System.Globalization;

namespace Hotline.Grains.People;

/// <summary>The zh-CN titles of archive entries, as the portal and the employee see them.</summary>
public static class ArchiveTitles
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>入职培训计划 (n 项).</summary>
    public static string Onboarding(int items) => string.Format(Chinese, "入职培训计划（{0} 项）", items);

    /// <summary>完成课程：title.</summary>
    public static string Course(string title) => string.Format(Chinese, "完成课程：{0}", title);

    /// <summary>考试：title（通过/未通过/超时）.</summary>
    public static string Exam(string title, bool passed, bool expired) =>
        string.Format(Chinese, "考试：{0}（{1}）", title, expired ? "超时未交卷" : passed ? "通过" : "未通过");

    /// <summary>质检：call.</summary>
    public static string Qa(string callId) => string.Format(Chinese, "质检评分：通话 {0}", callId);

    /// <summary>绩效考核 from 至 to.</summary>
    public static string Review(DateOnly from, DateOnly until) =>
        string.Format(Chinese, "绩效考核 {0:yyyy-MM-dd} 至 {1:yyyy-MM-dd}（已审批）", from, until);
}
