namespace Hotline.Grains.Abstractions.People;

/// <summary>A definition or input that is malformed; the message names the field and the value.</summary>
[GenerateSerializer, Alias("Hotline.People.PeopleValidationException")]
public sealed class PeopleValidationException : Exception
{
    public PeopleValidationException() { }

    public PeopleValidationException(string message) : base(message) { }

    public PeopleValidationException(string message, Exception innerException) : base(message, innerException) { }
}
