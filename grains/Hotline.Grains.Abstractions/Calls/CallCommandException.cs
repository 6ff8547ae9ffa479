namespace Hotline.Grains.Abstractions.Calls;

/// <summary>A call command that cannot be carried out in the call's current phase (e.g. hold while queued); names both.</summary>
[GenerateSerializer, Alias("Hotline.CallCommandException")]
public sealed class CallCommandException : Exception
{
    public CallCommandException() { }

    public CallCommandException(string message) : base(message) { }

    public CallCommandException(string message, Exception innerException) : base(message, innerException) { }
}
