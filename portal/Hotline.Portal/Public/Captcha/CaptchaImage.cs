using System.Security.Cryptography;
using SkiaSharp;

namespace Hotline.Portal.Public.Captcha;

/// <summary>Draws a captcha question as a PNG: jittered, slanted stroke characters over noise lines, so the text is not in the page.</summary>
public static class CaptchaImage
{
    /// <summary>The image width in pixels.</summary>
    public const int Width = 200;

    /// <summary>The image height in pixels.</summary>
    public const int Height = 64;

    /// <summary>The PNG bytes of <paramref name="text"/>.</summary>
    public static byte[] Render(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xF3, 0xF6, 0xFA));
        DrawNoise(canvas);
        DrawText(canvas, text);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 90);
        return png.ToArray();
    }

    private static void DrawNoise(SKCanvas canvas)
    {
        using var paint = new SKPaint { IsAntialias = true, StrokeWidth = 1.5f, Style = SKPaintStyle.Stroke };
        for (var i = 0; i < 8; i++)
        {
            paint.Color = RandomColor(120, 200);
            canvas.DrawLine(Next(Width), Next(Height), Next(Width), Next(Height), paint);
        }

        paint.Style = SKPaintStyle.Fill;
        for (var i = 0; i < 60; i++)
        {
            paint.Color = RandomColor(90, 190);
            canvas.DrawCircle(Next(Width), Next(Height), 1.2f, paint);
        }
    }

    private static void DrawText(SKCanvas canvas, string text)
    {
        using var paint = new SKPaint { IsAntialias = true, StrokeWidth = 3.2f, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        var cell = (Width - 16f) / text.Length;
        var glyphWidth = Math.Min(cell * 0.6f, 16f);
        for (var i = 0; i < text.Length; i++)
        {
            paint.Color = RandomColor(20, 90);
            var left = 8 + (i * cell) + Next(4);
            var top = 10 + Next(10);
            var slant = (Next(60) - 30) / 100f;
            var scale = glyphWidth * (0.9f + (Next(20) / 100f));
            foreach (var (x1, y1, x2, y2) in CaptchaGlyphs.Of(text[i]))
            {
                canvas.DrawLine(left + ((x1 + (slant * (2 - y1))) * scale), top + (y1 * scale), left + ((x2 + (slant * (2 - y2))) * scale), top + (y2 * scale), paint);
            }
        }
    }

    private static SKColor RandomColor(int min, int max) =>
        new((byte)RandomNumberGenerator.GetInt32(min, max), (byte)RandomNumberGenerator.GetInt32(min, max), (byte)RandomNumberGenerator.GetInt32(min, max));

    private static float Next(int max) => RandomNumberGenerator.GetInt32(max);
}
