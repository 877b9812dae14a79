using System.Runtime;

namespace Sakip.Bench;

/// <summary>
/// The bench's commands behind one entry point: the console (Program.cs) calls it with its arguments, and the smoke
/// test (Sakip.Web.Tests, BenchSmokeTests) calls it in-process with tiny sizes so that no command can rot unnoticed.
/// </summary>
public static class Perintah
{
    public static readonly string[] Semua = ["agregasi", "impor", "laporan", "kueri", "beban"];

    /// <summary>Runs one command (the first argument that is not an option; agregasi by default); the figures go to <paramref name="keluar"/> (the console by default). Returns the exit code.</summary>
    public static async Task<int> JalankanAsync(string[] args, TextWriter? keluar = null)
    {
        var perintah = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "agregasi";
        int Arg(string name, int def)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : def;
        }
        bool Flag(string name) => args.Contains("--" + name);

        var sebelum = Layar.Ganti(keluar);
        try
        {
            switch (perintah)
            {
                case "agregasi":
                    await AgregasiBench.RunAsync(Arg("satker", 500), Arg("indikator", 100), Arg("tahun", 10));
                    return 0;
                case "impor":
                    await ImporRealisasiBench.RunAsync(Arg("baris", 10_000), Arg("per-unggah", ImporRealisasiBench.BarisPerUnggahMaksimum));
                    return 0;
                case "laporan":
                    await LaporanBench.RunAsync(Arg("satker", 500));
                    return 0;
                case "kueri":
                    await KueriBench.RunAsync(Arg("kali", 2000));
                    return 0;
                case "beban":
                    return await BebanBench.RunAsync(Arg("detik", 60), Arg("pengguna", 50), Flag("dengan-latar"), Arg("jeda", 0), Flag("rinci"));
                default:
                    Layar.Out.WriteLine($"Perintah tidak dikenal: {perintah}. Pilihan: {string.Join(", ", Semua)}");
                    return 2;
            }
        }
        finally
        {
            Layar.Ganti(sebelum);
        }
    }

    /// <summary>
    /// The console runs <c>beban</c> with Server GC, as ASP.NET Core apps run (the Web SDK's default, so Sakip.Web's
    /// runtimeconfig has it) while a console app gets Workstation GC: true when this process must start itself again
    /// with DOTNET_gcServer=1. Only the console asks; the in-process smoke test runs with the GC it has.
    /// </summary>
    public static bool PerluServerGc(string[] args)
        => (args.FirstOrDefault(a => !a.StartsWith("--")) ?? "agregasi") == "beban"
           && !GCSettings.IsServerGC && Environment.GetEnvironmentVariable("DOTNET_gcServer") is null;
}

/// <summary>Where the benches print their figures: the console, or the writer the caller of <see cref="Perintah.JalankanAsync"/> gave.</summary>
internal static class Layar
{
    private static TextWriter? _keluar;

    public static TextWriter Out => _keluar ?? Console.Out;

    /// <summary>Sets the writer (null: the console) and returns the previous one.</summary>
    public static TextWriter? Ganti(TextWriter? keluar)
    {
        var lama = _keluar;
        _keluar = keluar is null ? null : TextWriter.Synchronized(keluar);
        return lama;
    }
}
