using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Tests.Common;

/// <summary>Every value of every labelled enumeration has its own Indonesian words (the wording pages, PDFs and messages share).</summary>
public class LabelTests
{
    [Theory]
    [InlineData(Periode.TW1, "TW I")]
    [InlineData(Periode.TW2, "TW II")]
    [InlineData(Periode.TW3, "TW III")]
    [InlineData(Periode.TW4, "TW IV")]
    [InlineData(Periode.Tahunan, "Tahunan")]
    public void PeriodeUsesTheLakinsRomanQuarters(Periode p, string teks) => Label.Teks(p).Should().Be(teks);

    [Theory]
    [InlineData(null, "Belum diisi")]
    [InlineData(StatusRealisasi.Draf, "Draf")]
    [InlineData(StatusRealisasi.Dikirim, "Dikirim")]
    [InlineData(StatusRealisasi.Dikembalikan, "Dikembalikan")]
    [InlineData(StatusRealisasi.Diverifikasi, "Terverifikasi")]
    public void LabelStatusRealisasi(StatusRealisasi? s, string teks) => Label.Teks(s).Should().Be(teks);

    [Theory]
    [InlineData(DimensiRincian.Predikat, "Predikat")]
    [InlineData(DimensiRincian.Provinsi, "Provinsi")]
    [InlineData(DimensiRincian.Klaster, "Klaster")]
    [InlineData(DimensiRincian.JenisSdm, "Jenis SDM")]
    public void LabelDimensiRincian(DimensiRincian d, string teks) => Label.Teks(d).Should().Be(teks);

    [Theory]
    [InlineData(JenisIndikator.Rasio, "Rasio n/T × 100%")]
    [InlineData(JenisIndikator.NilaiLangsung, "Nilai langsung")]
    [InlineData(JenisIndikator.KompositBerbobot, "Komposit berbobot")]
    [InlineData(JenisIndikator.IndeksSurvei, "Indeks survei (IKM)")]
    public void LabelJenisIndikator(JenisIndikator j, string teks) => Label.Teks(j).Should().Be(teks);

    [Theory]
    [InlineData(CaraAgregasi.RasioJumlah, "Σn / ΣT seluruh satker")]
    [InlineData(CaraAgregasi.SatkerPengampu, "Diambil dari satker pengampu")]
    [InlineData(CaraAgregasi.RerataTertimbangResponden, "Rerata tertimbang jumlah responden")]
    public void LabelCaraAgregasi(CaraAgregasi a, string teks) => Label.Teks(a).Should().Be(teks);

    [Theory]
    [InlineData(Polaritas.MakinTinggiMakinBaik, "Makin tinggi makin baik")]
    [InlineData(Polaritas.MakinRendahMakinBaik, "Makin rendah makin baik")]
    public void LabelPolaritas(Polaritas p, string teks) => Label.Teks(p).Should().Be(teks);

    [Theory]
    [InlineData(SumberVolume.Diinput, "Diisi satker")]
    [InlineData(SumberVolume.SamaDenganT, "Sama dengan T")]
    public void LabelSumberVolume(SumberVolume s, string teks) => Label.Teks(s).Should().Be(teks);

    [Theory]
    [InlineData(JenisSatker.Pusat, "Pusat")]
    [InlineData(JenisSatker.Bbppks, "BBPPKS")]
    [InlineData(JenisSatker.Poltekesos, "Poltekesos")]
    public void LabelJenisSatker(JenisSatker j, string teks) => Label.Teks(j).Should().Be(teks);

    [Theory]
    [InlineData(KodeTemuan.RincianTidakSamaDenganN, "Rincian ≠ n")]
    [InlineData(KodeTemuan.RincianTidakSamaDenganT, "Rincian ≠ T")]
    [InlineData(KodeTemuan.TotalAntarDimensiBerbeda, "Total antar rincian berbeda")]
    [InlineData(KodeTemuan.JumlahTidakSesuai, "Jumlah tidak sesuai")]
    [InlineData(KodeTemuan.PersenTidakSesuai, "Persentase tidak sesuai n/T")]
    [InlineData(KodeTemuan.NMelebihiT, "n melebihi T")]
    [InlineData(KodeTemuan.NilaiTidakSesuai, "Nilai tidak sesuai")]
    [InlineData(KodeTemuan.CapaianTidakSesuai, "Capaian tidak sesuai R/T")]
    public void LabelKodeTemuan(KodeTemuan k, string teks) => Label.Teks(k).Should().Be(teks);

    [Fact]
    public void EveryValueOfEveryEnumerationHasItsOwnLabel()
    {
        Beda(Enum.GetValues<Periode>().Select(x => Label.Teks(x)));
        Beda(Enum.GetValues<StatusRealisasi>().Select(x => Label.Teks(x)).Append(Label.Teks((StatusRealisasi?)null)));
        Beda(Enum.GetValues<DimensiRincian>().Select(Label.Teks));
        Beda(Enum.GetValues<JenisIndikator>().Select(Label.Teks));
        Beda(Enum.GetValues<CaraAgregasi>().Select(Label.Teks));
        Beda(Enum.GetValues<Polaritas>().Select(Label.Teks));
        Beda(Enum.GetValues<SumberVolume>().Select(Label.Teks));
        Beda(Enum.GetValues<JenisSatker>().Select(Label.Teks));
        Beda(Enum.GetValues<KodeTemuan>().Select(Label.Teks));
        Beda(Enum.GetValues<JenisAngkaTercantum>().Select(Label.Teks));

        static void Beda(IEnumerable<string> teks) => teks.Should().OnlyHaveUniqueItems().And.NotContain(t => string.IsNullOrWhiteSpace(t));
    }
}
