namespace Hotline.Portal.People;

/// <summary>One employee as the HR employee list shows it: the user name (the key of the employee's archive), the display name and the staff roles.</summary>
public sealed record EmployeeRow(string UserName, string DisplayName, IReadOnlyList<string> Roles);
