namespace Hotline.Portal.Public.Captcha;

/// <summary>The strokes of the characters a captcha question uses, drawn as lines in a 1 × 2 box: no font is needed on the server.</summary>
public static class CaptchaGlyphs
{
    private static readonly (float X1, float Y1, float X2, float Y2) A = (0, 0, 1, 0), B = (1, 0, 1, 1), C = (1, 1, 1, 2), D = (0, 2, 1, 2),
        E = (0, 1, 0, 2), F = (0, 0, 0, 1), G = (0, 1, 1, 1);

    private static readonly Dictionary<char, (float X1, float Y1, float X2, float Y2)[]> Strokes = new()
    {
        ['0'] = [A, B, C, D, E, F],
        ['1'] = [B, C],
        ['2'] = [A, B, G, E, D],
        ['3'] = [A, B, G, C, D],
        ['4'] = [F, G, B, C],
        ['5'] = [A, F, G, C, D],
        ['6'] = [A, F, G, E, D, C],
        ['7'] = [A, B, C],
        ['8'] = [A, B, C, D, E, F, G],
        ['9'] = [A, B, C, D, F, G],
        ['+'] = [G, (0.5f, 0.5f, 0.5f, 1.5f)],
        ['-'] = [G],
        ['='] = [(0, 0.75f, 1, 0.75f), (0, 1.25f, 1, 1.25f)],
        ['?'] = [A, B, (1, 1, 0.5f, 1), (0.5f, 1, 0.5f, 1.5f), (0.5f, 1.85f, 0.5f, 2)],
    };

    /// <summary>The strokes of <paramref name="character"/>; throws for a character captchas never draw.</summary>
    public static IReadOnlyList<(float X1, float Y1, float X2, float Y2)> Of(char character) =>
        Strokes.TryGetValue(character, out var strokes)
            ? strokes
            : throw new ArgumentOutOfRangeException(nameof(character), character, "A captcha question only draws digits, + - = and ?.");
}
