using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Tests.Training;

/// <summary>A small question bank on taxi complaints and an exam over it.</summary>
internal static class TrainingSamples
{
    public static readonly Question Single = new()
    {
        Id = "q-single", Kind = QuestionKind.SingleChoice, Text = "出租车拒载应归入哪类工单？", Options = ["信息咨询", "投诉举报", "意见建议", "表扬"],
        Correct = [1], Points = 2, Topic = "出租车",
    };

    public static readonly Question Multiple = new()
    {
        Id = "q-multi", Kind = QuestionKind.MultipleChoice, Text = "受理投诉时必须记录哪些信息？", Options = ["车牌号", "乘车时间", "来电人星座", "上下车地点"],
        Correct = [0, 1, 3], Points = 3, Topic = "出租车",
    };

    public static readonly Question TrueFalse = new()
    {
        Id = "q-tf", Kind = QuestionKind.TrueFalse, Text = "网约车投诉同样由 12328 受理。", Options = ["对", "错"], Correct = [0], Points = 1, Topic = "网约车",
    };

    public static readonly Question Short = new()
    {
        Id = "q-short", Kind = QuestionKind.ShortAnswer, Text = "简述安抚情绪激动来电人的要点。", Points = 4, Topic = "服务规范",
        Guidance = "倾听、共情、复述诉求、说明处理时限",
    };

    public static IReadOnlyList<Question> All { get; } = [Single, Multiple, TrueFalse, Short];

    public static IReadOnlyDictionary<string, Question> Bank { get; } = All.ToDictionary(q => q.Id);

    public static IEnumerable<Question> Pool(int count) => Enumerable.Range(1, count).Select(i => new Question
    {
        Id = $"pool-{i:00}", Kind = QuestionKind.SingleChoice, Text = $"题目 {i}", Options = ["甲", "乙", "丙", "丁"], Correct = [i % 4], Points = 1,
    });

    public static Exam Exam(string id, IEnumerable<string> questions, int draw = 0, int minutes = 30) => new()
    {
        Id = id, Title = "出租车投诉受理考试", QuestionIds = questions.ToList(), DrawCount = draw, TimeLimit = TimeSpan.FromMinutes(minutes), PassPercent = 60,
    };

    /// <summary>The answer that picks, in the paper's shown order, the options that are right (or wrong) for <paramref name="drawn"/>.</summary>
    public static ExamAnswer Answer(Hotline.Grains.Training.DrawnQuestion drawn, bool right)
    {
        var question = drawn.Question;
        var wanted = right ? question.Correct : [Enumerable.Range(0, question.Options.Count).First(i => !question.Correct.Contains(i))];
        var shown = drawn.OptionOrder.Select((option, position) => (option, position)).Where(p => wanted.Contains(p.option)).Select(p => p.position).ToList();
        return new ExamAnswer(question.Id, shown);
    }
}
