using System.Net;
using System.Text;
using System.Text.Json;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.People;

/// <summary>The training API on the real platform: questions and an exam written by a trainer (the administrator here), an agent's attempt
/// drawn, submitted and waiting in the grading queue, graded into the archive; other agents refused; bad input and late answers answered
/// with problem details.</summary>
[Trait("Category", "Integration")]
public sealed class TrainingApiTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    private const string Prefix = "/api/v1/people";

    private static async Task<PortalSession> SignInAsync(PortalHostFixture host, string user)
    {
        var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        return session;
    }

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> PutAsync(PortalSession session, string path, object body) =>
        session.SendAsync(new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        });

    private static Task<HttpResponseMessage> PostAsync(PortalSession session, string path, object body) =>
        session.PostJsonAsync(path, JsonSerializer.Serialize(body, JsonSerializerOptions.Web));

    // Enums may come back as names or numbers, depending on the endpoint's serializer.
    private static bool IsState(JsonElement value, ExamAttemptState state) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() == state.ToString() : value.GetInt32() == (int)state;

    private static async Task DefineExamAsync(PortalSession trainer, string examId, string timeLimit)
    {
        await ExpectAsync(await PutAsync(trainer, $"{Prefix}/questions/api-single", new
        {
            kind = (int)QuestionKind.SingleChoice, text = "出租车拒载应归入哪类工单？", options = new[] { "信息咨询", "投诉举报", "意见建议" }, correct = new[] { 1 }, points = 2,
        }), HttpStatusCode.OK, "save the single-choice question");
        await ExpectAsync(await PutAsync(trainer, $"{Prefix}/questions/api-short", new
        {
            kind = (int)QuestionKind.ShortAnswer, text = "简述安抚来电人的要点。", points = 3, guidance = "倾听、共情",
        }), HttpStatusCode.OK, "save the short-answer question");
        await ExpectAsync(await PutAsync(trainer, $"{Prefix}/exams/{examId}", new
        {
            title = "拒载投诉受理考试", questionIds = new[] { "api-single", "api-short" }, timeLimit, passPercent = 60,
        }), HttpStatusCode.OK, $"save exam {examId}");
    }

    [Fact]
    public async Task An_attempt_waits_in_the_grading_queue_until_a_trainer_grades_it_into_the_archive()
    {
        using var trainer = await SignInAsync(host, "admin");
        using var candidate = await SignInAsync(host, "8001");
        using var other = await SignInAsync(host, "8002");
        await DefineExamAsync(trainer, "api-exam", "00:30:00");

        var paper = await ExpectAsync(await PostAsync(candidate, $"{Prefix}/exams/api-exam/attempts", new { }), HttpStatusCode.Created, "start the exam");
        var attemptId = paper.GetProperty("attemptId").GetString()!;
        var single = paper.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("questionId").GetString() == "api-single");
        var right = single.GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToList().IndexOf("投诉举报");
        var submitted = await ExpectAsync(await PostAsync(candidate, $"{Prefix}/attempts/{attemptId}/submit", new object[]
        {
            new { questionId = "api-single", selected = new[] { right } },
            new { questionId = "api-short", selected = Array.Empty<int>(), text = "先倾听，再复述诉求" },
        }), HttpStatusCode.OK, "submit");
        Assert.True(IsState(submitted.GetProperty("state"), ExamAttemptState.AwaitingGrading), $"state after submit: {submitted.GetProperty("state")}");
        Assert.Equal(2, submitted.GetProperty("score").GetDouble());

        var queue = await ExpectAsync(await trainer.GetAsync($"{Prefix}/attempts?state=AwaitingGrading&exam=api-exam"), HttpStatusCode.OK, "grading queue");
        var waiting = Assert.Single(queue.EnumerateArray());
        Assert.Equal(attemptId, waiting.GetProperty("attemptId").GetString());
        Assert.Equal("8001", waiting.GetProperty("employee").GetString());
        Assert.Equal("拒载投诉受理考试", waiting.GetProperty("examTitle").GetString());
        Assert.Equal(1, waiting.GetProperty("ungraded").GetInt32());

        await ExpectAsync(await other.GetAsync($"{Prefix}/attempts/{attemptId}"), HttpStatusCode.Forbidden, "another agent reads the attempt");
        await ExpectAsync(await PostAsync(other, $"{Prefix}/attempts/{attemptId}/grades", new { questionId = "api-short", points = 3 }),
            HttpStatusCode.Forbidden, "another agent grades");
        await ExpectAsync(await PostAsync(trainer, $"{Prefix}/attempts/{attemptId}/grades", new { questionId = "api-short", points = 4 }),
            HttpStatusCode.BadRequest, "more points than the question is worth");

        var graded = await ExpectAsync(await PostAsync(trainer, $"{Prefix}/attempts/{attemptId}/grades", new { questionId = "api-short", points = 3, comment = "要点齐全" }),
            HttpStatusCode.OK, "grade");

        Assert.True(IsState(graded.GetProperty("state"), ExamAttemptState.Graded), $"state after grading: {graded.GetProperty("state")}");
        Assert.Equal(100, graded.GetProperty("percent").GetDouble());
        Assert.True(graded.GetProperty("passed").GetBoolean());
        var empty = await ExpectAsync(await trainer.GetAsync($"{Prefix}/attempts?state=AwaitingGrading&exam=api-exam"), HttpStatusCode.OK, "grading queue after grading");
        Assert.Equal(0, empty.GetArrayLength());
        var archive = await ExpectAsync(await candidate.GetAsync($"{Prefix}/archive/8001"), HttpStatusCode.OK, "the candidate's archive");
        var entry = Assert.Single(archive.EnumerateArray(), e => e.GetProperty("reference").GetString() == attemptId);
        Assert.Equal(100, entry.GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Bad_training_input_is_answered_with_problem_details_that_name_it()
    {
        using var trainer = await SignInAsync(host, "admin");
        using var agent = await SignInAsync(host, "8003");

        var badOption = await ExpectAsync(await PutAsync(trainer, $"{Prefix}/questions/api-bad", new
        {
            kind = (int)QuestionKind.SingleChoice, text = "拒载如何处理？", options = new[] { "派单", "不予受理" }, correct = new[] { 5 }, points = 1,
        }), HttpStatusCode.BadRequest, "a right option that does not exist");
        var unknown = await ExpectAsync(await PutAsync(trainer, $"{Prefix}/exams/api-unknown", new
        {
            title = "考试", questionIds = new[] { "no-such-question" }, timeLimit = "00:10:00",
        }), HttpStatusCode.NotFound, "an exam naming a question not in the bank");
        var refused = await ExpectAsync(await PutAsync(agent, $"{Prefix}/questions/api-agent", new
        {
            kind = (int)QuestionKind.TrueFalse, text = "网约车投诉由 12328 受理。", correct = new[] { 0 },
        }), HttpStatusCode.Forbidden, "an agent writes a question");
        var badState = await ExpectAsync(await trainer.GetAsync($"{Prefix}/attempts?state=Sleeping"), HttpStatusCode.BadRequest, "an unknown attempt state");

        Assert.Contains("option 5", badOption.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("no-such-question", unknown.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("8003", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("'Sleeping'", badState.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var bank = await ExpectAsync(await trainer.GetAsync($"{Prefix}/questions"), HttpStatusCode.OK, "the bank");
        Assert.DoesNotContain(bank.EnumerateArray(), q => q.GetProperty("id").GetString() is "api-bad" or "api-agent");
    }

    [Fact]
    public async Task Answers_after_the_time_limit_are_refused_with_409_and_the_attempt_scores_nothing()
    {
        using var trainer = await SignInAsync(host, "admin");
        using var candidate = await SignInAsync(host, "8005");
        await DefineExamAsync(trainer, "api-quick", "00:00:01");
        var paper = await ExpectAsync(await PostAsync(candidate, $"{Prefix}/exams/api-quick/attempts", new { }), HttpStatusCode.Created, "start the exam");
        var attemptId = paper.GetProperty("attemptId").GetString()!;

        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        var late = await ExpectAsync(await PostAsync(candidate, $"{Prefix}/attempts/{attemptId}/submit", new object[] { new { questionId = "api-single", selected = new[] { 1 } } }),
            HttpStatusCode.Conflict, "a late submission");

        Assert.Contains("after its deadline", late.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var attempt = await ExpectAsync(await candidate.GetAsync($"{Prefix}/attempts/{attemptId}"), HttpStatusCode.OK, "the expired attempt");
        Assert.True(IsState(attempt.GetProperty("state"), ExamAttemptState.Expired), $"state: {attempt.GetProperty("state")}");
        Assert.Equal(0, attempt.GetProperty("score").GetDouble());
        Assert.False(attempt.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task A_body_takes_its_key_from_the_address_and_a_broken_or_incomplete_body_is_named()
    {
        using var trainer = await SignInAsync(host, "admin");
        using var supervisor = await SignInAsync(host, "supervisor");

        // Neither body repeats the key its address gives.
        var shift = await ExpectAsync(await PutAsync(supervisor, $"{Prefix}/shift-templates/api-early", new { name = "早班", start = "08:00:00", minutes = 480 }),
            HttpStatusCode.OK, "a shift template without its id in the body");
        var course = await ExpectAsync(await PutAsync(trainer, $"{Prefix}/courses/api-course", new { title = "拒载投诉处理", articleIds = new[] { "kb-1" } }),
            HttpStatusCode.OK, "a course without its id in the body");
        var incomplete = await ExpectAsync(await PutAsync(trainer, $"{Prefix}/questions/api-no-text", new { kind = "ShortAnswer", points = 2 }),
            HttpStatusCode.BadRequest, "a question without its text");
        var broken = await ExpectAsync(await trainer.SendAsync(new HttpRequestMessage(HttpMethod.Put, new Uri($"{Prefix}/questions/api-broken", UriKind.Relative))
        {
            Content = new StringContent("{\"kind\": 0, \"text\": ", Encoding.UTF8, "application/json"),
        }), HttpStatusCode.BadRequest, "a question body cut short");
        var oversized = await ExpectAsync(await PutAsync(trainer, $"{Prefix}/questions/api-huge", new
        {
            kind = "ShortAnswer", text = new string('长', 100_000), points = 1,
        }), HttpStatusCode.BadRequest, "a question body over the size limit");
        var wrongType = await ExpectAsync(await PutAsync(trainer, $"{Prefix}/questions/api-wrong", new { kind = "Essay", text = "题目", points = 1 }),
            HttpStatusCode.BadRequest, "a question of an unknown kind");

        Assert.Equal("api-early", shift.GetProperty("id").GetString());
        Assert.Equal("api-course", course.GetProperty("id").GetString());
        Assert.Contains("'text'", incomplete.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("not valid JSON", broken.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("$.kind", wrongType.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("larger than 262144 bytes", oversized.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var bank = await ExpectAsync(await trainer.GetAsync($"{Prefix}/questions"), HttpStatusCode.OK, "the bank");
        Assert.DoesNotContain(bank.EnumerateArray(), q => q.GetProperty("id").GetString()!.StartsWith("api-no-text", StringComparison.Ordinal)
            || q.GetProperty("id").GetString() is "api-broken" or "api-wrong" or "api-huge");
    }
}
