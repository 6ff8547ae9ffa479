namespace Hotline.Grains.Abstractions.People;

/// <summary>An unknown question, course, exam, attempt, shift template, plan or review; the message names the id.</summary>
[GenerateSerializer, Alias("Hotline.People.PeopleNotFoundException")]
public sealed class PeopleNotFoundException : Exception
{
    public PeopleNotFoundException() { }

    public PeopleNotFoundException(string message) : base(message) { }

    public PeopleNotFoundException(string message, Exception innerException) : base(message, innerException) { }
}
