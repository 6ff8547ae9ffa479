namespace Hotline.Portal.Configuration;

/// <summary>The platform cannot start; the message alone tells the operator what to fix (no stack trace needed).</summary>
public sealed class HotlineStartupException : Exception
{
    public HotlineStartupException() { }

    public HotlineStartupException(string message) : base(message) { }

    public HotlineStartupException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>A configuration value is unusable: names the key and the value.</summary>
    public static HotlineStartupException ForSetting(string key, string? value, string reason) =>
        new(string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.StartupMessages.ConfigurationError, key, value, reason));
}
