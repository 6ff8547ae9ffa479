using System.Globalization;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.People;

/// <summary>Where a review's page is: /hr/reviews/{employee}/{from}/{to}, the parts of its key.</summary>
public static class ReviewAddress
{
    /// <summary>The page of <paramref name="review"/>.</summary>
    public static string Of(ReviewSnapshot review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return string.Create(CultureInfo.InvariantCulture, $"/hr/reviews/{Uri.EscapeDataString(review.Employee)}/{review.From:yyyy-MM-dd}/{review.To:yyyy-MM-dd}");
    }
}
