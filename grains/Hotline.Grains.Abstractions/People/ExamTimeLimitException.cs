namespace Hotline.Grains.Abstractions.People;

/// <summary>An exam submitted after its time limit; the attempt is closed as expired and the message says by how much it was late.</summary>
[GenerateSerializer, Alias("Hotline.People.ExamTimeLimitException")]
public sealed class ExamTimeLimitException : Exception
{
    public ExamTimeLimitException() { }

    public ExamTimeLimitException(string message) : base(message) { }

    public ExamTimeLimitException(string message, Exception innerException) : base(message, innerException) { }
}
