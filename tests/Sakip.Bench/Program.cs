using Sakip.Bench;

// Benchmarks that print their figures (never timed unit tests). Usage:
//   dotnet run -c Release --project tests/Sakip.Bench -- [agregasi] [--satker 500 --indikator 100 --tahun 10]
//   dotnet run -c Release --project tests/Sakip.Bench -- impor [--baris 10000]
//   dotnet run -c Release --project tests/Sakip.Bench -- laporan [--satker 500]
//   dotnet run -c Release --project tests/Sakip.Bench -- beban [--detik 60] [--pengguna 50] [--dengan-latar] [--jeda 0] [--rinci]
var perintah = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "agregasi";
int Arg(string name, int def)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : def;
}
bool Flag(string name) => args.Contains("--" + name);

switch (perintah)
{
    case "agregasi":
        await AgregasiBench.RunAsync(Arg("satker", 500), Arg("indikator", 100), Arg("tahun", 10));
        break;
    case "impor":
        await ImporRealisasiBench.RunAsync(Arg("baris", 10_000));
        break;
    case "laporan":
        await LaporanBench.RunAsync(Arg("satker", 500));
        break;
    case "kueri":
        await KueriBench.RunAsync(Arg("kali", 2000));
        break;
    case "beban":
        return await BebanBench.RunAsync(args, Arg("detik", 60), Arg("pengguna", 50), Flag("dengan-latar"), Arg("jeda", 0), Flag("rinci"));
    default:
        Console.Error.WriteLine($"Perintah tidak dikenal: {perintah}. Pilihan: agregasi, laporan, impor, beban, kueri");
        return 2;
}
return 0;
