using Hotline.Portal.Public;
using Hotline.Portal.Public.Captcha;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Hotline.Portal.Tests.Public;

/// <summary>The captcha: answers bound to a server-side token, single use, short-lived, drawn without fonts.</summary>
[Trait("Category", "Unit")]
public sealed class CaptchaStoreTests
{
    private const string Secret = "captcha-test-secret";

    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    private CaptchaStore NewStore(int lifetimeSeconds = 300) =>
        new(Options.Create(new PublicSiteOptions { CaptchaSecret = Secret, CaptchaLifetimeSeconds = lifetimeSeconds }), clock);

    private static string Answer(string token) => CaptchaQuestion.From(CaptchaQuestion.KeyOf(Secret), token).Answer.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_right_answer_passes_once_and_the_token_is_then_used_up()
    {
        var store = NewStore();
        var token = store.Issue();

        Assert.True(store.TryAnswer(token, Answer(token)));
        Assert.False(store.TryAnswer(token, Answer(token)));
        Assert.Null(store.QuestionFor(token));
    }

    [Fact]
    public void A_wrong_answer_fails_and_uses_the_token_up_so_it_cannot_be_guessed_again()
    {
        var store = NewStore();
        var token = store.Issue();
        var wrong = (int.Parse(Answer(token), System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(store.TryAnswer(token, wrong));
        Assert.False(store.TryAnswer(token, Answer(token)));
    }

    [Fact]
    public void An_expired_token_is_refused_even_with_the_right_answer()
    {
        var store = NewStore(lifetimeSeconds: 60);
        var token = store.Issue();
        clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Null(store.QuestionFor(token));
        Assert.False(store.TryAnswer(token, Answer(token)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    public void Unknown_or_missing_tokens_are_refused(string? token)
    {
        var store = NewStore();
        store.Issue();
        Assert.False(store.TryAnswer(token, "0"));
    }

    [Fact]
    public void Tokens_are_distinct_and_a_different_key_asks_a_different_question_set()
    {
        var store = NewStore();
        var tokens = Enumerable.Range(0, 200).Select(_ => store.Issue()).ToList();
        Assert.Equal(200, tokens.Distinct(StringComparer.Ordinal).Count());

        var ours = tokens.Select(t => CaptchaQuestion.From(CaptchaQuestion.KeyOf(Secret), t)).ToList();
        var theirs = tokens.Select(t => CaptchaQuestion.From(CaptchaQuestion.KeyOf("another-secret"), t)).ToList();
        Assert.True(ours.Zip(theirs).Count(pair => pair.First != pair.Second) > 150, "the question must depend on the server key");
        Assert.All(ours, q => Assert.InRange(q.Answer, 1, 58));
    }

    [Fact]
    public void The_image_is_a_png_of_the_expected_size_with_the_question_drawn_on_it()
    {
        var question = new CaptchaQuestion(37, '+', 6);
        var png = CaptchaImage.Render(question.Text);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(CaptchaImage.Width, bitmap.Width);
        Assert.Equal(CaptchaImage.Height, bitmap.Height);
        // The strokes are dark (channels below 90); the background and the noise are light.
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red < 95 && pixel.Green < 95 && pixel.Blue < 95)
                {
                    dark++;
                }
            }
        }

        Assert.True(dark > 300, $"only {dark} dark pixels: the question was not drawn");
    }

    [Fact]
    public void Every_character_a_question_can_hold_has_strokes()
    {
        foreach (var character in "0123456789+-=?")
        {
            Assert.NotEmpty(CaptchaGlyphs.Of(character));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => CaptchaGlyphs.Of('x'));
    }
}
