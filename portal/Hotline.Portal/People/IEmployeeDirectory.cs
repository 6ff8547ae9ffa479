namespace Hotline.Portal.People;

/// <summary>The call centre's staff: portal users holding at least one staff role (partners such as handling units and enterprises are not employees).</summary>
public interface IEmployeeDirectory
{
    /// <summary>Every employee, by user name, with only their staff roles.</summary>
    Task<IReadOnlyList<EmployeeRow>> ListAsync(CancellationToken cancellationToken);
}
