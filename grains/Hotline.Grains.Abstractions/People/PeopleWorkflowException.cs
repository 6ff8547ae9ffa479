namespace Hotline.Grains.Abstractions.People;

/// <summary>An action the current state does not allow (a submitted exam, an approved review …); the message names both.</summary>
[GenerateSerializer, Alias("Hotline.People.PeopleWorkflowException")]
public sealed class PeopleWorkflowException : Exception
{
    public PeopleWorkflowException() { }

    public PeopleWorkflowException(string message) : base(message) { }

    public PeopleWorkflowException(string message, Exception innerException) : base(message, innerException) { }
}
