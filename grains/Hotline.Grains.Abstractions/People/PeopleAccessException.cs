namespace Hotline.Grains.Abstractions.People;

/// <summary>An action the actor's roles do not allow; the message names the action and the roles needed.</summary>
[GenerateSerializer, Alias("Hotline.People.PeopleAccessException")]
public sealed class PeopleAccessException : Exception
{
    public PeopleAccessException() { }

    public PeopleAccessException(string message) : base(message) { }

    public PeopleAccessException(string message, Exception innerException) : base(message, innerException) { }
}
