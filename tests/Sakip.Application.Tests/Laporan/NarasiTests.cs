using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Laporan;

/// <summary>The LAKIN narratives (read the form, save every part at once) below HTTP: who may, length limits, stale forms.</summary>
public sealed class NarasiTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private async Task<FormulirNarasi> FormulirAsync(string peran, string? kode, int satkerId)
    {
        await using var lingkup = await app.Sebagai(peran, kode);
        var hasil = await lingkup.Ambil<INarasiService>().FormulirAsync(2023, satkerId);
        hasil.Status.Should().Be(StatusHasil.Berhasil, hasil.Pesan);
        return hasil.Nilai!;
    }

    private async Task<IReadOnlyDictionary<BagianNarasi, string>> TersimpanAsync(int satkerId)
        => (await FormulirAsync(Peran.Perencana, null, satkerId)).Teks;

    private static IsianNarasi Isian(FormulirNarasi f, params (BagianNarasi Bagian, string Teks)[] ubah)
    {
        var isian = new IsianNarasi { SatkerId = f.Satker.Id, Tahun = f.Tahun, Versi = f.Versi, Teks = f.Teks.ToDictionary(x => x.Key, x => (string?)x.Value) };
        foreach (var (bagian, teks) in ubah) isian.Teks[bagian] = teks;
        return isian;
    }

    private async Task<Hasil<FormulirNarasi>> SimpanAsync(string peran, string? kode, IsianNarasi isian)
    {
        await using var lingkup = await app.Sebagai(peran, kode);
        return await lingkup.Ambil<INarasiService>().SimpanAsync(isian);
    }

    [Fact]
    public async Task TheSatkersOwnAdminSavesItsTextsAndAnEmptyTextDeletesThePart()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var f = await FormulirAsync(Peran.AdminSatker, "BBPPKS_PADANG", padang);
        f.BolehUbah.Should().BeTrue("Padang's admin changes Padang's texts");

        var hasil = await SimpanAsync(Peran.AdminSatker, "BBPPKS_PADANG", Isian(f, (BagianNarasi.LatarBelakang, "Latar belakang Padang uji.\r\nBaris kedua.")));
        hasil.Status.Should().Be(StatusHasil.Berhasil, hasil.Pesan);
        hasil.Pesan.Should().Contain("tersimpan (1 bagian berubah)");
        (await TersimpanAsync(padang))[BagianNarasi.LatarBelakang].Should().Be("Latar belakang Padang uji.\nBaris kedua.");

        var lagi = await FormulirAsync(Peran.AdminSatker, "BBPPKS_PADANG", padang);
        (await SimpanAsync(Peran.AdminSatker, "BBPPKS_PADANG", Isian(lagi, (BagianNarasi.LatarBelakang, "   ")))).Berhasil.Should().BeTrue();
        (await TersimpanAsync(padang)).Should().NotContainKey(BagianNarasi.LatarBelakang);
    }

    [Fact]
    public async Task AnAdminOfAnotherSatkerCanNeitherReadNorSaveItsTextsAndNothingChanges()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var f = await FormulirAsync(Peran.Perencana, null, bandung);
        (await SimpanAsync(Peran.Perencana, null, Isian(f, (BagianNarasi.Rekomendasi, "Rekomendasi asli Bandung.")))).Berhasil.Should().BeTrue();
        var sebelum = await FormulirAsync(Peran.Perencana, null, bandung);

        await using (var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
            (await padang.Ambil<INarasiService>().FormulirAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);
        var hasil = await SimpanAsync(Peran.AdminSatker, "BBPPKS_PADANG", Isian(sebelum, (BagianNarasi.Rekomendasi, "Ditimpa oleh Padang.")));

        hasil.Status.Should().Be(StatusHasil.Dilarang);
        hasil.Nilai.Should().BeNull("nothing of Bandung is shown to Padang");
        (await TersimpanAsync(bandung)).Should().BeEquivalentTo(sebelum.Teks, "nothing of Bandung changed");
    }

    [Fact]
    public async Task TheLeaderReadsTheTextsButCannotSaveThem()
    {
        var yogya = await app.SatkerIdAsync("BBPPKS_YOGYAKARTA");
        var f = await FormulirAsync(Peran.Pimpinan, null, yogya);
        f.BolehUbah.Should().BeFalse("Pimpinan only reads");

        var hasil = await SimpanAsync(Peran.Pimpinan, null, Isian(f, (BagianNarasi.IsuStrategis, "Isu strategis dari pimpinan.")));

        hasil.Status.Should().Be(StatusHasil.Dilarang);
        (await TersimpanAsync(yogya)).Should().NotContainKey(BagianNarasi.IsuStrategis);
    }

    [Fact]
    public async Task AnOverLongTextIsRefusedNamingItsFieldAndNothingIsSaved()
    {
        var makassar = await app.SatkerIdAsync("BBPPKS_MAKASSAR");
        var f = await FormulirAsync(Peran.Perencana, null, makassar);

        var hasil = await SimpanAsync(Peran.Perencana, null, Isian(f,
            (BagianNarasi.TugasFungsi, "Tugas dan fungsi singkat."),
            (BagianNarasi.Sistematika, new string('x', NarasiLaporan.PanjangMaksimum + 1)),
            (BagianNarasi.NamaPenandaTangan, new string('y', NarasiLaporan.PanjangMaksimumTandaTangan + 1))));

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat("Teks[Sistematika]").Should().Contain("1.5 Sistematika Laporan terlalu panjang").And.Contain("4.001 karakter").And.Contain("paling banyak 4.000");
        hasil.Galat("Teks[NamaPenandaTangan]").Should().Contain("paling banyak 300");
        hasil.Galat("Teks[TugasFungsi]").Should().BeNull("that part is within its limit");
        hasil.Nilai!.Versi.Should().Be(f.Versi, "the form is shown again against the stored texts");
        (await TersimpanAsync(makassar)).Should().BeEquivalentTo(f.Teks, "nothing was saved, not even the part within its limit");
    }

    [Fact]
    public async Task AStaleFormIsAConflictShowingTheStoredTextsAndWhoWroteThemAndNothingIsOverwritten()
    {
        var jayapura = await app.SatkerIdAsync("BBPPKS_JAYAPURA");
        var basi = await FormulirAsync(Peran.Perencana, null, jayapura);
        await using (var admin = await app.Sebagai(Peran.Admin, nama: "admin-narasi@uji"))
        {
            var f = (await admin.Ambil<INarasiService>().FormulirAsync(2023, jayapura)).Nilai!;
            (await admin.Ambil<INarasiService>().SimpanAsync(Isian(f, (BagianNarasi.IsuStrategis, "Isu strategis versi admin.")))).Berhasil.Should().BeTrue();
        }

        var hasil = await SimpanAsync(Peran.Perencana, null, Isian(basi, (BagianNarasi.IsuStrategis, "Isu strategis versi perencana.")));

        hasil.Status.Should().Be(StatusHasil.Konflik);
        hasil.Pesan.Should().Contain("telah diubah oleh pengguna lain");
        hasil.Nilai!.Teks[BagianNarasi.IsuStrategis].Should().Be("Isu strategis versi admin.", "the stored texts are shown");
        hasil.Nilai.Versi.Should().NotBe(basi.Versi);
        hasil.Konflik!.Oleh.Should().Be("admin-narasi@uji");
        (await TersimpanAsync(jayapura))[BagianNarasi.IsuStrategis].Should().Be("Isu strategis versi admin.");
    }

    [Fact]
    public async Task AFormWithoutAVersionIsAConflictToo()
    {
        var banjarmasin = await app.SatkerIdAsync("BBPPKS_BANJARMASIN");
        var f = await FormulirAsync(Peran.Perencana, null, banjarmasin);
        var isian = Isian(f, (BagianNarasi.Sistematika, "Sistematika tanpa versi."));
        isian.Versi = null;

        var hasil = await SimpanAsync(Peran.Perencana, null, isian);

        hasil.Status.Should().Be(StatusHasil.Konflik);
        hasil.Konflik!.TanpaVersi.Should().BeTrue();
        (await TersimpanAsync(banjarmasin)).Should().NotContainKey(BagianNarasi.Sistematika);
    }

    [Fact]
    public async Task AnUnknownSatkerIsNotFound()
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var narasi = perencana.Ambil<INarasiService>();
        (await narasi.FormulirAsync(2023, 987_654)).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await narasi.SimpanAsync(new IsianNarasi { SatkerId = 987_654, Tahun = 2023, Versi = "x" })).Status.Should().Be(StatusHasil.TidakDitemukan);
    }

    /// <summary>
    /// Issue 17, finding 2: two users saving the same part from the same form at the same moment both got "saved" and one text
    /// was lost. Run as 20 races: of each pair exactly one is saved and the other is a conflict, and the stored text is the winner's.
    /// </summary>
    [Fact]
    public async Task TwoSimultaneousSavesFromTheSameFormNeverLoseATextOneIsAConflict()
    {
        var makassar = await app.SatkerIdAsync("BBPPKS_MAKASSAR");
        for (var i = 0; i < 20; i++)
        {
            var f = await FormulirAsync(Peran.Perencana, null, makassar);
            var a = Isian(f, (BagianNarasi.Rekomendasi, $"Teks A putaran {i}."));
            var b = Isian(f, (BagianNarasi.Rekomendasi, $"Teks B putaran {i}."));
            var hasil = await Task.WhenAll(Task.Run(() => SimpanAsync(Peran.Perencana, null, a)), Task.Run(() => SimpanAsync(Peran.Admin, null, b)));

            hasil.Select(h => h.Status).Should().BeEquivalentTo([StatusHasil.Berhasil, StatusHasil.Konflik], $"round {i}: one save wins, the other is told");
            var pemenang = hasil[0].Berhasil ? "A" : "B";
            (await TersimpanAsync(makassar))[BagianNarasi.Rekomendasi].Should().Be($"Teks {pemenang} putaran {i}.", "the stored text is the one that was saved");
        }
    }
}
