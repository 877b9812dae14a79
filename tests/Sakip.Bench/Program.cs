using Sakip.Bench;

// Benchmarks that print their figures (never timed unit tests). Usage:
//   dotnet run -c Release --project tests/Sakip.Bench -- [agregasi] [--satker 500 --indikator 100 --tahun 10]
//   dotnet run -c Release --project tests/Sakip.Bench -- impor [--baris 10000] [--per-unggah 4996]
//   dotnet run -c Release --project tests/Sakip.Bench -- laporan [--satker 500]
//   dotnet run -c Release --project tests/Sakip.Bench -- kueri [--kali 2000]
//   dotnet run -c Release --project tests/Sakip.Bench -- beban [--detik 60] [--pengguna 50] [--dengan-latar] [--jeda 0] [--rinci]
// Every command also runs with tiny sizes in the normal test run (Sakip.Web.Tests, BenchSmokeTests).
if (Perintah.PerluServerGc(args)) return await BebanBench.JalankanUlangDenganServerGcAsync(args);
return await Perintah.JalankanAsync(args);
