using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// The Data Protection key ring (cookies, antiforgery tokens) lives in the database (table <c>DataProtectionKeys</c>): every
/// instance on one database shares it and a restart keeps it. The application name isolates deployments: two apps only accept
/// each other's cookies when they share the key ring AND the name. <c>Keamanan:NamaAplikasi</c> sets it; by default it is
/// derived from the environment and the database (provider, server/file, database name — not the password, so rotating a
/// password does not sign everybody out), so a Development instance and a Production instance never accept each other's cookies.
/// </summary>
public static class PerlindunganData
{
    public const string KunciNamaAplikasi = "Keamanan:NamaAplikasi";

    public static IServiceCollection AddPerlindunganData(this IServiceCollection services, IConfiguration config, string lingkungan, string provider, string connectionString)
    {
        services.AddDataProtection()
            .PersistKeysToDbContext<SakipDbContext>()
            .SetApplicationName(NamaAplikasi(config, lingkungan, provider, connectionString));
        return services;
    }

    /// <summary>The configured <c>Keamanan:NamaAplikasi</c>, or <c>Sakip.Web-{sha256(environment, provider, server, database)[..16]}</c>.</summary>
    public static string NamaAplikasi(IConfiguration config, string lingkungan, string provider, string connectionString)
    {
        if (config[KunciNamaAplikasi] is { Length: > 0 } nama && !string.IsNullOrWhiteSpace(nama)) return nama.Trim();
        var identitas = $"{lingkungan}|{provider}|{IdentitasBasisData(provider, connectionString)}".ToLowerInvariant();
        return "Sakip.Web-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identitas)))[..16];
    }

    /// <summary>Which database a connection string names: the full path of a SQLite file; server and database of SQL Server.</summary>
    internal static string IdentitasBasisData(string provider, string connectionString)
    {
        var b = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string? Nilai(params string[] kunci) => kunci.Select(k => b.TryGetValue(k, out var v) ? v?.ToString() : null).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var berkas = Nilai("Data Source", "DataSource", "Filename") ?? "";
            return berkas.Equals(":memory:", StringComparison.OrdinalIgnoreCase) ? berkas : Path.GetFullPath(berkas);
        }
        return $"{Nilai("Server", "Data Source", "Address", "Addr", "Network Address")}/{Nilai("Database", "Initial Catalog")}";
    }
}
