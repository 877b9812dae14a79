using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Common;

/// <summary>
/// The one place the domain's enumerations get the Indonesian words users read, for pages, workbooks, PDFs and messages
/// alike: one <c>Teks</c> per enumeration. (Budget classification and scope, which are also read back from workbooks, are
/// in <see cref="LabelAnggaran"/>.)
/// </summary>
public static class Label
{
    /// <summary>Periods as the LAKIN prints them: "TW I" … "TW IV", "Tahunan".</summary>
    public static string Teks(Periode p) => p switch
    {
        Periode.TW1 => "TW I",
        Periode.TW2 => "TW II",
        Periode.TW3 => "TW III",
        Periode.TW4 => "TW IV",
        _ => "Tahunan",
    };

    /// <summary>Where a realisation stands; null (no row yet) is "Belum diisi".</summary>
    public static string Teks(StatusRealisasi? s) => s switch
    {
        null => "Belum diisi",
        StatusRealisasi.Draf => "Draf",
        StatusRealisasi.Dikirim => "Dikirim",
        StatusRealisasi.Dikembalikan => "Dikembalikan",
        StatusRealisasi.Diverifikasi => "Terverifikasi",
        _ => s.Value.ToString(),
    };

    public static string Teks(DimensiRincian d) => d switch
    {
        DimensiRincian.Predikat => "Predikat",
        DimensiRincian.Provinsi => "Provinsi",
        DimensiRincian.Klaster => "Klaster",
        DimensiRincian.JenisSdm => "Jenis SDM",
        _ => d.ToString(),
    };

    public static string Teks(JenisIndikator j) => j switch
    {
        JenisIndikator.Rasio => "Rasio n/T × 100%",
        JenisIndikator.NilaiLangsung => "Nilai langsung",
        JenisIndikator.KompositBerbobot => "Komposit berbobot",
        _ => "Indeks survei (IKM)",
    };

    public static string Teks(CaraAgregasi a) => a switch
    {
        CaraAgregasi.RasioJumlah => "Σn / ΣT seluruh satker",
        CaraAgregasi.SatkerPengampu => "Diambil dari satker pengampu",
        _ => "Rerata tertimbang jumlah responden",
    };

    public static string Teks(Polaritas p) => p == Polaritas.MakinTinggiMakinBaik ? "Makin tinggi makin baik" : "Makin rendah makin baik";

    public static string Teks(SumberVolume s) => s == SumberVolume.SamaDenganT ? "Sama dengan T" : "Diisi satker";

    public static string Teks(JenisSatker j) => j switch
    {
        JenisSatker.Pusat => "Pusat",
        JenisSatker.Bbppks => "BBPPKS",
        _ => "Poltekesos",
    };

    public static string Teks(KodeTemuan k) => k switch
    {
        KodeTemuan.RincianTidakSamaDenganN => "Rincian ≠ n",
        KodeTemuan.RincianTidakSamaDenganT => "Rincian ≠ T",
        KodeTemuan.TotalAntarDimensiBerbeda => "Total antar rincian berbeda",
        KodeTemuan.JumlahTidakSesuai => "Jumlah tidak sesuai",
        KodeTemuan.PersenTidakSesuai => "Persentase tidak sesuai n/T",
        KodeTemuan.NMelebihiT => "n melebihi T",
        KodeTemuan.KomponenBelumLengkap => "Komponen belum lengkap",
        KodeTemuan.CapaianTidakSesuai => "Capaian tidak sesuai R/T",
        KodeTemuan.AnggaranTidakWajar => "Anggaran perlu diperiksa",
        KodeTemuan.RencanaAksiTidakSesuai => "Rencana aksi ≠ target triwulan PK",
        _ => "Nilai tidak sesuai",
    };

    /// <summary>What a recorded printed figure is, as the "Angka tercantum" page and its template name it.</summary>
    public static string Teks(JenisAngkaTercantum j) => j switch
    {
        JenisAngkaTercantum.Realisasi => "Realisasi (nilai indikator)",
        JenisAngkaTercantum.Target => "Target",
        JenisAngkaTercantum.Capaian => "Capaian (%)",
        JenisAngkaTercantum.JumlahN => "Jumlah n",
        JenisAngkaTercantum.JumlahT => "Jumlah T",
        JenisAngkaTercantum.JumlahTerdaftar => "Jumlah terdaftar",
        JenisAngkaTercantum.JumlahResponden => "Jumlah responden",
        JenisAngkaTercantum.CapaianOutput => "Capaian output (%)",
        JenisAngkaTercantum.IndeksKonsolidasi => "Indeks gabungan",
        JenisAngkaTercantum.PersenTahunLalu => "Persentase tahun lalu",
        JenisAngkaTercantum.NilaiKomponen => "Nilai komponen",
        JenisAngkaTercantum.NilaiKelompokKomponen => "Nilai aspek (kelompok komponen)",
        JenisAngkaTercantum.JumlahNilaiUnsur => "Jumlah nilai unsur",
        JenisAngkaTercantum.JumlahIndikator => "Jumlah indikator kinerja",
        JenisAngkaTercantum.JumlahMelebihiTarget => "Jumlah capaian melebihi target",
        JenisAngkaTercantum.JumlahSesuaiTarget => "Jumlah capaian sesuai target",
        _ => "Jumlah capaian di bawah target",
    };
}
