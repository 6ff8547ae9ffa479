using Hotline.Telephony.Ivr;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>Small IVR flows for cases the 12328 flow reaches only slowly (its prompts last tens of seconds).</summary>
internal static class TestFlows
{
    /// <summary>"Press 1": one digit, a one-second wait, one retry and nowhere to go on silence, so a silent caller ends it with "no input".</summary>
    public static IvrFlow PressOne() => IvrFlowJson.Parse("""
        {
          "id": "test-press-one", "version": 1, "start": "menu",
          "nodes": {
            "menu": {
              "type": "collect", "prompt": { "say": "请按1。" }, "maxDigits": 1, "retries": 1,
              "firstDigitTimeoutSeconds": 1, "interDigitTimeoutSeconds": 1,
              "branches": [ { "digits": "1", "next": "done" } ]
            },
            "done": { "type": "hangup", "reason": "pressed 1" }
          }
        }
        """);

    /// <summary>A voicemail box: tone, then up to <paramref name="maxSeconds"/> of message, # finishes.</summary>
    public static IvrFlow Voicemail(int maxSeconds) => IvrFlowJson.Parse($$"""
        {
          "id": "test-voicemail", "version": 1, "start": "message",
          "nodes": {
            "message": { "type": "voicemail", "maxLengthSeconds": {{maxSeconds}}, "finishKey": "#", "beep": true }
          }
        }
        """);

    /// <summary>"Enter a number and #": up to 20 digits into the variable <c>entered</c>.</summary>
    public static IvrFlow KeyEntry() => IvrFlowJson.Parse("""
        {
          "id": "test-key-entry", "version": 1, "start": "entry",
          "nodes": {
            "entry": {
              "type": "collect", "prompt": { "say": "请输入号码，以井号键结束。" }, "maxDigits": 20, "retries": 0,
              "firstDigitTimeoutSeconds": 20, "interDigitTimeoutSeconds": 5, "terminator": "#", "variable": "entered",
              "branches": [ { "pattern": "^[0-9]+$", "next": "done" } ]
            },
            "done": { "type": "hangup", "reason": "entered" }
          }
        }
        """);
}
