namespace Hotline.Portal.Channels.Email;

/// <summary>A message that cannot become a ticket; <see cref="Exception.Message"/> says why (which part, which limit).</summary>
public sealed class EmailRejectedException : Exception
{
    public EmailRejectedException() { }

    public EmailRejectedException(string message) : base(message) { }

    public EmailRejectedException(string message, Exception innerException) : base(message, innerException) { }
}
