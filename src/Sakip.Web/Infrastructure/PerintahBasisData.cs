using Sakip.Infrastructure.Data;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// The operator commands handled before the web host starts:
/// <c>dotnet run --project src/Sakip.Web -- cadangkan &lt;berkas.db&gt;</c> (online backup of the configured SQLite database into a new file) and
/// <c>-- pulihkan &lt;cadangan.db&gt; [tujuan.db]</c> (restore into a new file; by default the configured database, which must have been moved away with the app stopped).
/// </summary>
public static class PerintahBasisData
{
    public static bool Dikenali(string[] args) => args.Length > 0 && args[0] is "cadangkan" or "pulihkan";

    /// <summary>Runs the command with the app's configuration (appsettings, environment, the remaining arguments); the process exit code.</summary>
    public static int Jalankan(string[] args)
    {
        var perintah = args[0];
        var berkas = args.Skip(1).TakeWhile(a => !a.StartsWith('-')).ToList();
        var sisa = args.Skip(1 + berkas.Count).ToArray();
        if (berkas.Count == 0 || (perintah == "cadangkan" && berkas.Count > 1) || berkas.Count > 2)
        {
            Console.Error.WriteLine("Penggunaan: cadangkan <berkas-cadangan.db> | pulihkan <berkas-cadangan.db> [berkas-tujuan.db]");
            return 2;
        }
        var builder = WebApplication.CreateBuilder(sisa);
        var (provider, cs) = Sakip.Infrastructure.DependencyInjection.BasisData(builder.Configuration, builder.Environment.ContentRootPath);
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine("Perintah ini hanya untuk basis data SQLite. Untuk SQL Server gunakan BACKUP DATABASE / RESTORE DATABASE (lihat README, bagian Operasional).");
            return 2;
        }
        var hasil = perintah == "cadangkan"
            ? CadanganSqlite.Cadangkan(cs, berkas[0])
            : CadanganSqlite.Pulihkan(berkas[0], berkas.Count == 2 ? $"Data Source={Path.GetFullPath(berkas[1])}" : cs);
        (hasil.Berhasil ? Console.Out : Console.Error).WriteLine(hasil.Pesan);
        return hasil.Berhasil ? 0 : 1;
    }
}
