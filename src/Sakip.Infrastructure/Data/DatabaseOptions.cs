using Microsoft.Extensions.Configuration;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// <c>Database:*</c>, bound once at start-up (<see cref="Dari"/>): which provider the app talks to. The connection string is
/// <c>ConnectionStrings:Sakip</c>, read with <c>GetConnectionString</c> as ASP.NET Core's convention wants.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Bagian = "Database";

    /// <summary><c>Database:Provider</c>: <c>Sqlite</c> or <c>SqlServer</c> (case-insensitive). Default <c>Sqlite</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The section as configured, each missing key at its default.</summary>
    public static DatabaseOptions Dari(IConfiguration config) => config.GetSection(Bagian).Get<DatabaseOptions>() ?? new();
}
