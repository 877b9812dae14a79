using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Anggaran;
using Sakip.Infrastructure.Tests.Excel;

namespace Sakip.Infrastructure.Tests.Services;

/// <summary>Gaps found in the reliability review, each closed in the service or the domain rather than only in the UI.</summary>
public sealed class KeandalanTests(LayananUnggah app) : IClassFixture<LayananUnggah>
{
    private async Task<(IServiceScope Scope, SakipDbContext Db, int Padang)> MulaiAsync()
    {
        var scope = app.Layanan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var padang = await db.Satker.Where(s => s.Kode == "BBPPKS_PADANG").Select(s => s.Id).SingleAsync();
        return (scope, db, padang);
    }

    private static async Task<BarisTerapkan> BarisAsync(PenerapRealisasi penerap, int satker, Periode periode, string? narasi = null)
    {
        var ik = (await penerap.IndikatorPkAsync(satker, 2023, CancellationToken.None)).Values.First(i => i.Kode == "1.1");
        var isian = new IsianRealisasi { IndikatorId = ik.Id, N = "5", T = "10", AnalisisCapaian = narasi };
        var galat = new Dictionary<string, string>();
        return new BarisTerapkan(satker, 2023, periode, ik, isian, ValidasiIsian.Periksa(ik, isian, galat));
    }

    [Fact]
    public async Task TheRealisationWritePathItselfRefusesALockedPeriodWhateverTheCallerChecked()
    {
        var (scope, db, padang) = await MulaiAsync();
        using var _ = scope;
        var penerap = scope.ServiceProvider.GetRequiredService<PenerapRealisasi>();
        var baris = await BarisAsync(penerap, padang, Periode.TW3); // checked while the period was open
        (await db.PeriodePelaporan.SingleAsync(p => p.Tahun == 2023 && p.Periode == Periode.TW3)).Kunci();
        await db.SaveChangesAsync();
        var sebelum = await db.Realisasi.CountAsync(r => r.Periode == Periode.TW3 && r.Tahun == 2023);

        var hasil = await penerap.TerapkanAsync([baris], new OpsiTerapkan("formulir", PeriksaVersi: false, TermasukNarasi: false, Kirim: false), CancellationToken.None);

        hasil.Galat.Values.Should().ContainSingle().Which.Should().Contain("TW III 2023 sudah dikunci");
        (await db.Realisasi.CountAsync(r => r.Periode == Periode.TW3 && r.Tahun == 2023)).Should().Be(sebelum);
    }

    [Fact]
    public async Task ANarrativeLongerThanItsColumnIsRefusedAndNothingIsSaved()
    {
        var (scope, db, padang) = await MulaiAsync();
        using var _ = scope;
        var penerap = scope.ServiceProvider.GetRequiredService<PenerapRealisasi>();
        var baris = await BarisAsync(penerap, padang, Periode.TW1, narasi: new string('a', PenerapRealisasi.PanjangNarasiMaksimum + 1));

        var hasil = await penerap.TerapkanAsync([baris], new OpsiTerapkan("formulir", PeriksaVersi: false, TermasukNarasi: true, Kirim: false), CancellationToken.None);

        hasil.Galat.Values.Should().ContainSingle().Which.Should().Contain("paling panjang 4000 karakter");
        (await db.Realisasi.AnyAsync(r => r.SatkerId == padang && r.Periode == Periode.TW1 && r.Tahun == 2023 && r.AnalisisCapaian != null && r.AnalisisCapaian.Length > 4000)).Should().BeFalse();
    }

    [Fact]
    public async Task BudgetTextsAndAmountsBeyondTheirColumnsAreRefusedAllOrNothing()
    {
        var (scope, db, padang) = await MulaiAsync();
        using var _ = scope;
        var anggaran = scope.ServiceProvider.GetRequiredService<IAnggaranService>();
        var sebelum = await db.MataAnggaran.CountAsync(m => m.SatkerId == padang);

        var hasil = await anggaran.SimpanAsync(2023, padang,
        [
            new BarisAnggaranInput(null, KlasifikasiAnggaran.JenisBelanja, Cakupan.Satker, "Belanja Wajar", 1_000_000m, 0m, [], false),
            new BarisAnggaranInput(null, KlasifikasiAnggaran.JenisBelanja, Cakupan.Satker, new string('u', 301), 1_000_000m, 0m, [], false),
            new BarisAnggaranInput(null, KlasifikasiAnggaran.Kegiatan, Cakupan.Satker, "Belanja Raksasa", 10_000_000_000_000_000m, 0m, [], false),
        ], [new RevisiPaguInput(new DateOnly(2023, 6, 1), 1_000m, new string('k', 4001))], (await anggaran.AmbilAsync(2023, padang)).Nilai!.Versi);

        hasil.Kesalahan.Should().Contain(k => k.StartsWith("Baris 2") && k.Contains("paling panjang 300 karakter"))
            .And.Contain(k => k.StartsWith("Baris 3") && k.Contains("melebihi Rp 9.999.999.999.999.999"))
            .And.Contain(k => k.StartsWith("Revisi 1") && k.Contains("paling panjang 4000"));
        (await db.MataAnggaran.CountAsync(m => m.SatkerId == padang)).Should().Be(sebelum, "the good line is not saved either");
        FluentActions.Invoking(() => new MataAnggaran(padang, 2023, KlasifikasiAnggaran.JenisBelanja, new string('u', 301), 1m, 0m, Cakupan.Satker, 1))
            .Should().Throw<Sakip.Domain.Common.DomainException>("the entity protects the rule too");
    }
}
