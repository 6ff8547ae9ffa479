using Hotline.Qa.Audio;
using Hotline.Qa.Transcripts;

namespace Hotline.Benchmarks.Qa;

/// <summary>Generated two-channel transcripts of 12328 calls (good and poor agents, holds, silences, overlaps) for the scoring throughput figure.</summary>
internal sealed class SyntheticTranscripts(int seed)
{
    private static readonly string[] Greetings = ["您好，12328交通运输服务监督热线，很高兴为您服务。", "您好，请讲。", "喂喂喂，说吧。"];
    private static readonly string[] Complaints = ["我要投诉出租车司机绕路，太过分了。", "公交车每天都晚点，气死我了。", "请问去火车站坐几路车？", "网约车多收了我二十块钱。"];
    private static readonly string[] Answers = ["非常抱歉给您带来不便，理解您的心情。", "这个不归我们管，你自己看着办。", "好的，我帮您查一下。", "您可以乘坐三路公交车。"];
    private static readonly string[] Closings = ["请问还有其他可以帮您的吗？感谢您的来电，再见。", "好了，挂了。", "祝您生活愉快。"];

    private readonly Random random = new(seed);

    /// <summary>One call of 10–16 segments, with its holds.</summary>
    public (Transcript Transcript, IReadOnlyList<SpeechSpan> Holds) Next(string callId)
    {
        var segments = new List<TranscriptSegment>();
        var holds = new List<SpeechSpan>();
        var t = random.NextDouble();
        void Say(SpeakerChannel channel, string text)
        {
            var start = t - (random.NextDouble() < 0.1 ? 1.5 : 0);
            var end = start + 1 + (text.Length * 0.2);
            segments.Add(new TranscriptSegment(channel, Math.Max(0, start), end, text));
            t = end + 0.3 + (random.NextDouble() < 0.08 ? 12 : random.NextDouble());
        }

        Say(SpeakerChannel.Agent, Greetings[random.Next(Greetings.Length)]);
        Say(SpeakerChannel.Caller, Complaints[random.Next(Complaints.Length)]);
        Say(SpeakerChannel.Agent, random.NextDouble() < 0.7 ? "请问您贵姓？" : "您说。");
        Say(SpeakerChannel.Caller, "我姓张，电话一三九一二三四五六七八。");
        for (var turn = random.Next(2, 6); turn > 0; turn--)
        {
            Say(SpeakerChannel.Agent, Answers[random.Next(Answers.Length)]);
            if (random.NextDouble() < 0.15)
            {
                holds.Add(new(t, t + 20 + (random.NextDouble() * 80)));
                t = holds[^1].End + 0.5;
            }

            Say(SpeakerChannel.Caller, Complaints[random.Next(Complaints.Length)]);
        }

        Say(SpeakerChannel.Agent, random.NextDouble() < 0.8 ? "已为您登记，工单编号稍后短信发送，五个工作日内答复。" : "记下了。");
        Say(SpeakerChannel.Agent, Closings[random.Next(Closings.Length)]);
        return (new Transcript(callId, segments), holds);
    }
}
