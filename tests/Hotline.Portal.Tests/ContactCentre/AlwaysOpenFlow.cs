using System.Text.Json.Nodes;
using Hotline.Telephony.Ivr;

namespace Hotline.Portal.Tests.ContactCentre;

/// <summary>
/// The demo 12328 flow with its service hours opened to the whole day and no holidays, written where the platform reads
/// edited flows (<c>&lt;DataDir&gt;/ivr/12328.json</c>), so a test at any hour reaches the menu instead of after-hours voicemail.
/// </summary>
internal static class AlwaysOpenFlow
{
    public static void WriteTo(string dataDir)
    {
        var flow = JsonNode.Parse(DemoFlows.Flow12328Json)!;
        var calendar = flow["calendars"]!["service"]!;
        calendar["hours"]![0]!["open"] = "00:00:00";
        calendar["hours"]![0]!["close"] = "23:59:59";
        calendar["holidays"] = new JsonArray();
        var folder = Path.Combine(dataDir, "ivr");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "12328.json"), flow.ToJsonString());
    }
}
