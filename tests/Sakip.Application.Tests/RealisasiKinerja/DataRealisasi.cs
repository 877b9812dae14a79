using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.RealisasiKinerja;

/// <summary>Arranges and reads realisations of the test database directly, to set up a state and assert what was (not) saved.</summary>
internal static class DataRealisasi
{
    /// <summary>The <paramref name="ke"/>-th ratio (n/T) indicator of a satker's PK 2023, with the definition the use cases check against.</summary>
    public static async Task<IndikatorFormulir> IndikatorRasioAsync(this AplikasiUji app, string kodeSatker, int ke = 0)
    {
        var satkerId = await app.SatkerIdAsync(kodeSatker);
        await using var sistem = await app.Sebagai(Peran.Admin);
        var pk = await sistem.Ambil<PenerapRealisasi>().IndikatorPkAsync(satkerId, 2023, CancellationToken.None);
        return pk.Values.Where(i => i.IsRasio).ElementAt(ke);
    }

    /// <summary>A stored realisation as it is now (null when there is none).</summary>
    public static async Task<Realisasi?> RealisasiAsync(this AplikasiUji app, int satkerId, int indikatorId, Periode periode, int tahun = 2023)
    {
        await using var sistem = await app.Sebagai(Peran.Admin);
        return await sistem.Db.Realisasi.AsNoTracking()
            .FirstOrDefaultAsync(r => r.SatkerId == satkerId && r.IndikatorKinerjaId == indikatorId && r.Tahun == tahun && r.Periode == periode);
    }

    public static async Task<int> JumlahRealisasiAsync(this AplikasiUji app, int satkerId, Periode periode, int tahun = 2023)
    {
        await using var sistem = await app.Sebagai(Peran.Admin);
        return await sistem.Db.Realisasi.CountAsync(r => r.SatkerId == satkerId && r.Tahun == tahun && r.Periode == periode);
    }

    /// <summary>Stores a realisation n/T in a state: draft, submitted (Dikirim) or verified (Diverifikasi).</summary>
    public static async Task<Realisasi> BuatAsync(this AplikasiUji app, int satkerId, int indikatorId, Periode periode, decimal n, decimal t,
        StatusRealisasi status, int tahun = 2023)
    {
        await using var sistem = await app.Sebagai(Peran.Admin);
        var r = new Realisasi(satkerId, indikatorId, tahun, periode);
        r.IsiAngka(n, t, null, null, null);
        if (status is StatusRealisasi.Dikirim or StatusRealisasi.Diverifikasi) r.Kirim();
        if (status == StatusRealisasi.Diverifikasi) r.Verifikasi();
        sistem.Db.Realisasi.Add(r);
        await sistem.Db.SaveChangesAsync();
        return r;
    }

    /// <summary>Locks a reporting period as the Admin does.</summary>
    public static async Task KunciAsync(this AplikasiUji app, int tahun, Periode periode)
    {
        await using var admin = await app.Sebagai(Peran.Admin);
        var hasil = await admin.Ambil<IVerifikasiService>().KunciAsync(tahun, periode);
        hasil.Berhasil.Should().BeTrue(hasil.Pesan);
    }

    /// <summary>What a user typed for one ratio indicator, read as the form and the upload read it.</summary>
    public static BarisTerapkan Baris(int satkerId, IndikatorFormulir ik, Periode periode, string n, string t, string? versi = null, int tahun = 2023)
    {
        var isian = new IsianRealisasi { IndikatorId = ik.Id, N = n, T = t, Versi = versi };
        var galat = new Dictionary<string, string>();
        var angka = ValidasiIsian.Periksa(ik, isian, galat);
        galat.Should().BeEmpty("the row is meant to pass the typed-value checks");
        return new BarisTerapkan(satkerId, tahun, periode, ik, isian, angka);
    }
}
