namespace Hotline.Portal.Api;

/// <summary>The body naming an employee (a course completion).</summary>
public sealed record PeopleEmployeeRequest(string Employee);
