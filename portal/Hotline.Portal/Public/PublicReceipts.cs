using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Hotline.Portal.Public;

/// <summary>Signs a ticket number for the receipt page's address, so the page only ever confirms numbers this site issued.</summary>
public sealed class PublicReceipts(IDataProtectionProvider protection)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Hotline.Portal.Public.Receipt").ToTimeLimitedDataProtector();

    /// <summary>The signed form of <paramref name="number"/>, valid for a day.</summary>
    public string Sign(string number) => protector.Protect(number, Lifetime);

    /// <summary>The number inside <paramref name="receipt"/>, or null when it was altered, expired or empty.</summary>
    public string? Read(string? receipt)
    {
        if (string.IsNullOrEmpty(receipt))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(receipt);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
