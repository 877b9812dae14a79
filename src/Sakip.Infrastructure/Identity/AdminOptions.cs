namespace Sakip.Infrastructure.Identity;

/// <summary>
/// <c>Admin:*</c>: the administrator account created at start-up outside the demo (when <c>Seed:DemoUsers</c> is false and
/// both are set). Bound once at start-up as <c>IOptions&lt;AdminOptions&gt;</c>.
/// </summary>
public sealed class AdminOptions
{
    public const string Bagian = "Admin";

    /// <summary><c>Admin:Email</c>: the administrator's sign-in email. Default empty (no administrator is created).</summary>
    public string? Email { get; set; }

    /// <summary><c>Admin:Password</c>: the administrator's first password. Default empty (no administrator is created).</summary>
    public string? Password { get; set; }
}
