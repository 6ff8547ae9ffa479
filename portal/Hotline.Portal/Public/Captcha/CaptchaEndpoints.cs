namespace Hotline.Portal.Public.Captcha;

/// <summary>Serves captcha images at <c>/public/captcha/{token}</c> (anonymous, part of the citizen site).</summary>
public static class CaptchaEndpoints
{
    /// <summary>The image route prefix.</summary>
    public const string Prefix = "/public/captcha";

    /// <summary>The address of a token's image.</summary>
    public static string ImagePath(string token) => $"{Prefix}/{Uri.EscapeDataString(token)}";

    /// <summary>Maps the image route: a PNG for a live token, 404 for an unknown, used or expired one; never cached.</summary>
    public static IEndpointRouteBuilder MapCaptcha(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Prefix + "/{token}", (string token, CaptchaStore captcha, HttpResponse response) =>
            {
                response.Headers.CacheControl = "no-store";
                return captcha.QuestionFor(token) is { } question
                    ? Results.File(CaptchaImage.Render(question.Text), "image/png")
                    : Results.NotFound();
            })
            .AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
