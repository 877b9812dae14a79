using System.Security.Cryptography;

using Sakip.Application.Common;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// Where the changes saved in this scope come from, as the audit log records it: "formulir" (typed in the browser) unless an
/// upload service says the changes come from a file (<see cref="Unggahan"/>), an account action names itself
/// (<see cref="Tindakan"/>, e.g. two-step sign-in turned on), or the start-up seeder loads the initial data.
/// </summary>
public sealed class SumberPerubahan : ISumberPerubahan
{
    public const string Formulir = "formulir";
    public const string DataAwal = "data awal";

    public string Teks { get; private set; } = Formulir;

    /// <summary>True while the start-up seeder loads an empty database: the log gets one summary row instead of one row per seeded entity.</summary>
    public bool MemuatDataAwal { get; private set; }

    /// <summary>Marks the following saves as coming from an uploaded file: "unggah: {name} (sha256 {hash})". Dispose to go back to "formulir".</summary>
    public IDisposable Unggahan(string namaBerkas, ReadOnlySpan<byte> isi)
    {
        var nama = Path.GetFileName(namaBerkas.Replace('\\', '/')); // a browser may send a Windows path
        if (nama.Length > 150) nama = nama[..150];
        var lama = Teks;
        Teks = $"unggah: {nama} (sha256 {Convert.ToHexStringLower(SHA256.HashData(isi))})";
        return new Pulihkan(() => Teks = lama);
    }

    /// <summary>Marks the following saves as an account action: "akun: {uraian}". Dispose to go back to what it was.</summary>
    public IDisposable Tindakan(string uraian)
    {
        var lama = Teks;
        Teks = "akun: " + (uraian.Length > 150 ? uraian[..150] : uraian);
        return new Pulihkan(() => Teks = lama);
    }

    /// <summary>Marks the following saves as the initial data load of an empty database.</summary>
    public IDisposable DataAwalDimuat()
    {
        Teks = DataAwal;
        MemuatDataAwal = true;
        return new Pulihkan(() => { Teks = Formulir; MemuatDataAwal = false; });
    }

    private sealed class Pulihkan(Action aksi) : IDisposable
    {
        public void Dispose() => aksi();
    }
}
