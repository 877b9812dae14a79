using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Perencanaan;

/// <summary>
/// Editing the catalogue below HTTP (issue 15): sasaran renumbered and deleted, indicator codes, order and sasaran changed,
/// indicators deleted only when nothing uses them. Data of the tests' own making in years the seed does not have.
/// </summary>
public sealed class KatalogTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    internal static DefinisiIndikator Definisi(string nama, JenisIndikator jenis = JenisIndikator.NilaiLangsung, string satuan = "nilai")
        => new(nama, satuan, Polaritas.MakinTinggiMakinBaik, jenis, CaraAgregasi.RasioJumlah, null, SumberVolume.Diinput,
            null, null, null, null, null, false, 2);

    /// <summary>Adds sasaran of <paramref name="tahun"/> by name and returns their ids in order.</summary>
    private static async Task<List<int>> SasaranAsync(Lingkup s, int tahun, params string[] nama)
    {
        var layanan = s.Ambil<IIndikatorService>();
        foreach (var n in nama) (await layanan.TambahSasaranAsync(tahun, n)).Status.Should().Be(StatusHasil.Berhasil);
        return await s.Db.SasaranKegiatan.AsNoTracking().Where(x => x.Tahun == tahun && nama.Contains(x.Nama)).OrderBy(x => x.Nomor).Select(x => x.Id).ToListAsync();
    }

    [Fact]
    public async Task ASasaranIsRenumberedOnlyToAFreeNumberAndDeletedOnlyWithoutIndicators()
    {
        await using var s = await app.Sebagai(Peran.Perencana, nama: "perencana-sk@uji");
        var layanan = s.Ambil<IIndikatorService>();
        var id = await SasaranAsync(s, 2026, "Meningkatnya mutu pelatihan daring", "Meningkatnya tata kelola balai");
        var kedua = (await layanan.AmbilSasaranAsync(id[1])).Nilai!;
        kedua.Sasaran.Nomor.Should().Be(2);

        var bentrok = await layanan.UbahSasaranAsync(id[1], kedua.Versi, 1, "Tata kelola balai (diubah)");
        bentrok.Status.Should().Be(StatusHasil.Ditolak);
        bentrok.Galat("Nomor").Should().Contain("Nomor 1 sudah dipakai").And.Contain("Meningkatnya mutu pelatihan daring");
        (await layanan.AmbilSasaranAsync(id[1])).Nilai!.Sasaran.Should().Match<SasaranKegiatan>(x => x.Nomor == 2 && x.Nama == "Meningkatnya tata kelola balai", "nothing is saved with a refused number");
        (await layanan.UbahSasaranAsync(id[1], kedua.Versi, 3, " ")).Galat("Nama").Should().Be("Nama sasaran kegiatan wajib diisi.");

        (await layanan.UbahSasaranAsync(id[1], kedua.Versi, 0, "Tata kelola")).Galat("Nomor").Should().Contain("mulai dari 1");
        (await layanan.UbahSasaranAsync(id[0], (await layanan.AmbilSasaranAsync(id[0])).Nilai!.Versi, 7, "Meningkatnya mutu pelatihan daring")).Status.Should().Be(StatusHasil.Berhasil);
        (await layanan.UbahSasaranAsync(id[1], kedua.Versi, 1, "Tata kelola balai (diubah)")).Status.Should().Be(StatusHasil.Berhasil, "number 1 is free now");
        (await layanan.UbahSasaranAsync(id[1], kedua.Versi, 4, "Dari formulir lama")).Status.Should().Be(StatusHasil.Konflik);
        var katalog = (await layanan.KatalogAsync(2026)).Nilai!;
        katalog.Sasaran.Select(x => (x.Sasaran.Nomor, x.Sasaran.Nama)).Should().Equal((1, "Tata kelola balai (diubah)"), (7, "Meningkatnya mutu pelatihan daring"));

        (await layanan.TambahAsync(id[0], "7.1", Definisi("Indeks mutu pelatihan daring"))).Status.Should().Be(StatusHasil.Berhasil);
        var dipakai = await layanan.HapusSasaranAsync(id[0]);
        dipakai.Status.Should().Be(StatusHasil.Ditolak);
        dipakai.Pesan.Should().Contain("tidak dapat dihapus").And.Contain("1 indikator (7.1)");
        (await s.Db.SasaranKegiatan.AnyAsync(x => x.Id == id[0])).Should().BeTrue();

        (await layanan.HapusSasaranAsync(id[1])).Status.Should().Be(StatusHasil.Berhasil);
        (await s.Db.SasaranKegiatan.AnyAsync(x => x.Id == id[1])).Should().BeFalse();
        (await layanan.HapusSasaranAsync(id[1])).Status.Should().Be(StatusHasil.TidakDitemukan);
    }

    [Theory]
    [InlineData(Peran.AdminSatker)]
    [InlineData(Peran.Pimpinan)]
    public async Task OnlyPlannersEditOrDeleteTheCatalogue(string peran)
    {
        int sk;
        await using (var p = await app.Sebagai(Peran.Perencana))
            sk = (await SasaranAsync(p, 2031, $"Sasaran yang tidak boleh diubah {peran}"))[0];
        await using var lain = await app.Sebagai(peran, peran == Peran.AdminSatker ? "BBPPKS_PADANG" : null);
        var layanan = lain.Ambil<IIndikatorService>();
        (await layanan.AmbilSasaranAsync(sk)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.UbahSasaranAsync(sk, "x", 9, "Diubah tanpa hak")).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.HapusSasaranAsync(sk)).Status.Should().Be(StatusHasil.Dilarang);
        int ik;
        await using (var p = await app.Sebagai(Peran.Perencana))
            ik = await IndikatorBaruAsync(p.Ambil<IIndikatorService>(), sk, $"7.{peran.Length}");
        (await layanan.HapusAsync(ik)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.UbahAsync(ik, "x", Definisi("Diubah tanpa hak"), new Dictionary<int, decimal>(), new LetakIndikator("0.0", sk, 1))).Status.Should().Be(StatusHasil.Dilarang);
        (await lain.Db.IndikatorKinerja.AsNoTracking().SingleAsync(x => x.Id == ik)).Kode.Should().NotBe("0.0");
        (await lain.Db.SasaranKegiatan.AsNoTracking().SingleAsync(x => x.Id == sk)).Nomor.Should().NotBe(9);
    }

    private static DefinisiIndikator DefinisiDari(IndikatorKinerja i) => new(i.Nama, i.Satuan, i.Polaritas, i.Jenis, i.Agregasi, i.SatkerPengampuId,
        i.SumberVolume, i.LabelN, i.LabelT, i.LabelOutput, i.LabelTerdaftar, i.SumberData, i.BolehLebihDari100, i.DesimalTampilan);

    /// <summary>Saves the indicator's form as it stands with a new code, sasaran and order.</summary>
    private static async Task<Hasil> LetakkanAsync(IIndikatorService layanan, int id, string kode, int sasaran, int urutan)
    {
        var ada = (await layanan.AmbilAsync(id)).Nilai!;
        return await layanan.UbahAsync(id, ada.Versi, DefinisiDari(ada.Indikator), new Dictionary<int, decimal>(), new LetakIndikator(kode, sasaran, urutan));
    }

    private static async Task<int> IndikatorBaruAsync(IIndikatorService layanan, int sasaran, string kode, DefinisiIndikator? definisi = null)
    {
        var hasil = await layanan.TambahAsync(sasaran, kode, definisi ?? Definisi($"Indikator uji {kode}"));
        hasil.Status.Should().Be(StatusHasil.Berhasil, hasil.Pesan);
        return hasil.Nilai;
    }

    private static async Task<List<string>> UrutanAsync(IIndikatorService layanan, int tahun, int sasaran)
        => (await layanan.KatalogAsync(tahun)).Nilai!.Sasaran.Single(x => x.Sasaran.Id == sasaran).Indikator.Select(i => $"{i.Indikator.Urutan}:{i.Indikator.Kode}").ToList();

    [Fact]
    public async Task IndicatorCodesAreUniquePerYearAndIndicatorsAreReorderedAndMovedWithinTheYear()
    {
        await using var s = await app.Sebagai(Peran.Perencana);
        var layanan = s.Ambil<IIndikatorService>();
        var sk = await SasaranAsync(s, 2028, "Sasaran A 2028", "Sasaran B 2028");
        var a1 = await IndikatorBaruAsync(layanan, sk[0], "8.1");
        await IndikatorBaruAsync(layanan, sk[0], "8.2");
        var a3 = await IndikatorBaruAsync(layanan, sk[0], "8.3");
        var b1 = await IndikatorBaruAsync(layanan, sk[1], "9.1");
        (await layanan.TambahAsync(sk[1], "8.2", Definisi("Kode kembar di sasaran lain"))).Galat("Kode").Should().Contain("Kode 8.2 sudah dipakai").And.Contain("sasaran 1");

        var bentrok = await LetakkanAsync(layanan, b1, "8.2", sk[1], 1);
        bentrok.Status.Should().Be(StatusHasil.Ditolak);
        bentrok.Galat("Kode").Should().Be("Kode 8.2 sudah dipakai oleh indikator \"Indikator uji 8.2\" (sasaran 1) tahun 2028.");
        (await layanan.AmbilAsync(b1)).Nilai!.Indikator.Kode.Should().Be("9.1", "nothing is saved with a refused code");
        (await LetakkanAsync(layanan, b1, " ", sk[1], 1)).Galat("Kode").Should().Contain("wajib diisi");

        (await LetakkanAsync(layanan, a3, "8.3", sk[0], 1)).Status.Should().Be(StatusHasil.Berhasil);
        (await UrutanAsync(layanan, 2028, sk[0])).Should().Equal("1:8.3", "2:8.1", "3:8.2");

        (await LetakkanAsync(layanan, a1, "9.0", sk[1], 1)).Status.Should().Be(StatusHasil.Berhasil);
        (await UrutanAsync(layanan, 2028, sk[1])).Should().Equal("1:9.0", "2:9.1");
        (await UrutanAsync(layanan, 2028, sk[0])).Should().Equal("1:8.3", "2:8.2");

        int sasaran2023;
        await using (var admin = await app.Sebagai(Peran.Admin))
            sasaran2023 = (await admin.Db.SasaranKegiatan.AsNoTracking().FirstAsync(x => x.Tahun == 2023)).Id;
        (await LetakkanAsync(layanan, a1, "9.0", sasaran2023, 1)).Galat("SasaranKegiatanId").Should().Contain("sasaran tahun yang sama");
        (await LetakkanAsync(layanan, a1, "9.0", sk[1], 0)).Galat("Urutan").Should().Contain("mulai dari 1");
        (await UrutanAsync(layanan, 2028, sk[1])).Should().Equal("1:9.0", "2:9.1");
    }

    [Fact]
    public async Task AnIndicatorInUseIsNotDeletedAndTheRefusalSaysWhatUsesItAnUnusedOneIs()
    {
        await using var s = await app.Sebagai(Peran.Perencana);
        var layanan = s.Ambil<IIndikatorService>();
        var dipakai = await s.Db.IndikatorKinerja.AsNoTracking().Where(i => i.SasaranKegiatan!.Tahun == 2023)
            .Select(i => new { i.Id, i.Kode, Target = s.Db.TargetKinerja.Count(t => t.IndikatorKinerjaId == i.Id), Realisasi = s.Db.Realisasi.Count(r => r.IndikatorKinerjaId == i.Id) })
            .FirstAsync(i => i.Target > 0 && i.Realisasi > 0);
        var ditolak = await layanan.HapusAsync(dipakai.Id);
        ditolak.Status.Should().Be(StatusHasil.Ditolak);
        ditolak.Pesan.Should().StartWith($"Indikator {dipakai.Kode} tidak dapat dihapus: dipakai oleh {dipakai.Target} target PK")
            .And.Contain($"{dipakai.Realisasi} realisasi");
        (await s.Db.IndikatorKinerja.AnyAsync(i => i.Id == dipakai.Id)).Should().BeTrue();

        var sk = await SasaranAsync(s, 2029, "Sasaran hapus 2029");
        await IndikatorBaruAsync(layanan, sk[0], "1.1");
        var hapus = await IndikatorBaruAsync(layanan, sk[0], "1.2");
        await IndikatorBaruAsync(layanan, sk[0], "1.3");
        var hasil = await layanan.HapusAsync(hapus);
        hasil.Status.Should().Be(StatusHasil.Berhasil, hasil.Pesan);
        (await s.Db.IndikatorKinerja.AnyAsync(i => i.Id == hapus)).Should().BeFalse();
        (await UrutanAsync(layanan, 2029, sk[0])).Should().Equal("1:1.1", "2:1.3");
        (await layanan.HapusAsync(hapus)).Status.Should().Be(StatusHasil.TidakDitemukan);
    }

    private static PerubahanKomponen Baru(params (string Nama, decimal? Bobot)[] baru)
        => new(new Dictionary<int, string>(), new HashSet<int>(), baru.Select(b => new KomponenBaru(b.Nama, b.Bobot)).ToList());

    private static async Task<Hasil> KomponenAsync(IIndikatorService layanan, int id, PerubahanKomponen perubahan, Dictionary<int, decimal>? bobot = null)
    {
        var ada = (await layanan.AmbilAsync(id)).Nilai!;
        return await layanan.UbahAsync(id, ada.Versi, DefinisiDari(ada.Indikator), bobot ?? [], komponen: perubahan);
    }

    [Fact]
    public async Task ComponentsOfAWeightedCompositeAreAddedRenamedAndRemovedOnlyWithWeightsSummingTo100()
    {
        await using var s = await app.Sebagai(Peran.Perencana);
        var layanan = s.Ambil<IIndikatorService>();
        var sk = await SasaranAsync(s, 2032, "Sasaran komposit 2032");
        var id = await IndikatorBaruAsync(layanan, sk[0], "5.1", Definisi("Nilai kinerja layanan", JenisIndikator.KompositBerbobot));
        (await layanan.AmbilAsync(id)).Nilai!.Indikator.KomponenBelumLengkap.Should().BeTrue("a composite without components is incomplete");

        var ditolak = await KomponenAsync(layanan, id, Baru(("Kecepatan layanan", 60m), ("Ketepatan layanan", 30m)));
        ditolak.Status.Should().Be(StatusHasil.Ditolak);
        ditolak.Galat("Komponen").Should().StartWith("Jumlah bobot komponen harus 100%, bukan 90");
        (await layanan.AmbilAsync(id)).Nilai!.Indikator.Komponen.Should().BeEmpty("nothing is saved with weights of 90%");

        (await KomponenAsync(layanan, id, Baru(("Kecepatan layanan", 60m), ("Ketepatan layanan", 40m), ("", null)))).Status.Should().Be(StatusHasil.Berhasil);
        var ik = (await layanan.AmbilAsync(id)).Nilai!.Indikator;
        ik.Komponen.OrderBy(k => k.Urutan).Select(k => (k.Nama, k.Bobot)).Should().Equal(("Kecepatan layanan", 60m), ("Ketepatan layanan", 40m));
        ik.KomponenBelumLengkap.Should().BeFalse();

        // rename the first, remove the second, add a third: 60 + 40
        var ubah = new PerubahanKomponen(new Dictionary<int, string> { [1] = "Kecepatan dan kepastian layanan", [2] = "Ketepatan layanan" }, new HashSet<int> { 2 },
            [new KomponenBaru("Kepuasan pengguna", 40m)]);
        (await KomponenAsync(layanan, id, ubah)).Status.Should().Be(StatusHasil.Berhasil);
        (await layanan.AmbilAsync(id)).Nilai!.Indikator.Komponen.OrderBy(k => k.Urutan).Select(k => (k.Nama, k.Bobot))
            .Should().Equal(("Kecepatan dan kepastian layanan", 60m), ("Kepuasan pengguna", 40m));

        (await KomponenAsync(layanan, id, Baru(("Kepuasan pengguna", 0m)))).Galat("Komponen").Should().Contain("dipakai dua kali");
        (await KomponenAsync(layanan, id, Baru(("", 10m)))).Galat("Komponen").Should().Contain("wajib diberi nama");
    }

    [Fact]
    public async Task SurveyUnsurNeedNoWeightsAndComponentsOfAnIndicatorWithRealisationsDoNotChange()
    {
        await using var s = await app.Sebagai(Peran.Perencana);
        var layanan = s.Ambil<IIndikatorService>();
        var sk = await SasaranAsync(s, 2033, "Sasaran survei 2033");
        var id = await IndikatorBaruAsync(layanan, sk[0], "6.1", Definisi("Indeks kepuasan peserta", JenisIndikator.IndeksSurvei));
        (await KomponenAsync(layanan, id, Baru(("Persyaratan", null), ("Prosedur", null), ("Waktu pelayanan", null)))).Status.Should().Be(StatusHasil.Berhasil);
        var ik = (await layanan.AmbilAsync(id)).Nilai!.Indikator;
        ik.Komponen.Select(k => k.Nama).Should().Equal("Persyaratan", "Prosedur", "Waktu pelayanan");
        ik.KomponenBelumLengkap.Should().BeFalse();

        var skm = await s.Db.IndikatorKinerja.AsNoTracking().Include(i => i.Komponen)
            .Where(i => i.SasaranKegiatan!.Tahun == 2023 && i.Jenis == JenisIndikator.IndeksSurvei && s.Db.Realisasi.Any(r => r.IndikatorKinerjaId == i.Id)).FirstAsync();
        var ditolak = await KomponenAsync(layanan, skm.Id, Baru(("Unsur tambahan", null)));
        ditolak.Galat("Komponen").Should().Contain("sudah memiliki realisasi: komponen tidak dapat ditambah");
        var ganti = await KomponenAsync(layanan, skm.Id, new PerubahanKomponen(new Dictionary<int, string> { [1] = "Nama baru" }, new HashSet<int>(), []));
        ganti.Status.Should().Be(StatusHasil.Ditolak);
        (await s.Db.KomponenIndikator.AsNoTracking().CountAsync(k => k.IndikatorKinerjaId == skm.Id)).Should().Be(skm.Komponen.Count);
        (await s.Db.KomponenIndikator.AsNoTracking().AnyAsync(k => k.Nama == "Nama baru")).Should().BeFalse();
    }

    [Fact]
    public async Task AScaleHasBothEndsInOrderAndATargetOrRealisationOutsideItIsRefusedNamingTheRange()
    {
        await using var s = await app.Sebagai(Peran.Perencana);
        var layanan = s.Ambil<IIndikatorService>();
        var sk = await SasaranAsync(s, 2035, "Sasaran skala 2035");
        var indeks = Definisi("Indeks kematangan manajemen risiko") with { SkalaMin = 1m, SkalaMax = 4m };
        (await layanan.TambahAsync(sk[0], "2.3", indeks with { SkalaMax = null })).Galat("SkalaMax").Should().Contain("kedua ujungnya");
        (await layanan.TambahAsync(sk[0], "2.3", indeks with { SkalaMin = null })).Galat("SkalaMin").Should().Contain("kedua ujungnya");
        (await layanan.TambahAsync(sk[0], "2.3", indeks with { SkalaMin = 4m, SkalaMax = 1m })).Galat("SkalaMax").Should().Be("Batas bawah skala (4) harus lebih kecil dari batas atasnya (1).");
        (await s.Db.IndikatorKinerja.AnyAsync(i => i.SasaranKegiatanId == sk[0])).Should().BeFalse();
        var id = await IndikatorBaruAsync(layanan, sk[0], "2.3", indeks);
        var ik = (await layanan.AmbilAsync(id)).Nilai!;
        (ik.Indikator.SkalaMin, ik.Indikator.SkalaMax).Should().Be((1m, 4m));
        (await layanan.UbahAsync(id, ik.Versi, indeks with { SkalaMin = 5m }, new Dictionary<int, decimal>())).Galat("SkalaMax").Should().Contain("harus lebih kecil");

        // a PK target outside the scale: refused by its cell, nothing saved
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var rencana = s.Ambil<IPerencanaanService>();
        var versi = (await rencana.GridAsync(2035)).Nilai!.Versi(Periode.Tahunan);
        var target = await rencana.SimpanTargetAsync(2035, Periode.Tahunan, [new SelTarget(padang, id, Periode.Tahunan, 4.5m, null)], null, versi);
        target.Status.Should().Be(StatusHasil.Ditolak);
        target.Galat("Sel[0].Nilai").Should().Be("Nilai IK 2.3 harus antara 1 dan 4.");
        (await s.Db.TargetKinerja.AnyAsync(t => t.IndikatorKinerjaId == id)).Should().BeFalse();
        (await rencana.SimpanTargetAsync(2035, Periode.Tahunan, [new SelTarget(padang, id, Periode.Tahunan, 3.5m, null)], null, versi)).Status.Should().Be(StatusHasil.Berhasil);

        // a realisation outside the scale: refused next to the value, typed as the form and the upload read it
        var formulir = new Sakip.Application.RealisasiKinerja.IndikatorFormulir(id, "2.3", "Indeks kematangan manajemen risiko", "nilai", JenisIndikator.NilaiLangsung,
            CaraAgregasi.RasioJumlah, Polaritas.MakinTinggiMakinBaik, null, null, null, SumberVolume.Diinput, null, 2, false, [], [], 1m, 4m);
        foreach (var (teks, galat) in new[] { ("0,5", "Nilai IK 2.3 harus antara 1 dan 4."), ("4,01", "Nilai IK 2.3 harus antara 1 dan 4."), ("3,25", null) })
        {
            var kolom = new Dictionary<string, string>();
            Sakip.Application.RealisasiKinerja.ValidasiIsian.Periksa(formulir, new Sakip.Application.RealisasiKinerja.IsianRealisasi { IndikatorId = id, Nilai = teks }, kolom);
            kolom.GetValueOrDefault(Sakip.Application.RealisasiKinerja.ValidasiIsian.KolomNilai).Should().Be(galat, teks);
        }
    }
}
