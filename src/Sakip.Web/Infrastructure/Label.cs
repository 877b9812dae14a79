using Sakip.Domain.Entities;

namespace Sakip.Web.Infrastructure;

/// <summary>Indonesian labels of the domain's enumerations, for every view.</summary>
public static class Label
{
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

    public static string Teks(Sakip.Domain.Aggregation.KodeTemuan k) => k switch
    {
        Sakip.Domain.Aggregation.KodeTemuan.RincianTidakSamaDenganN => "Rincian ≠ n",
        Sakip.Domain.Aggregation.KodeTemuan.RincianTidakSamaDenganT => "Rincian ≠ T",
        Sakip.Domain.Aggregation.KodeTemuan.TotalAntarDimensiBerbeda => "Total antar rincian berbeda",
        Sakip.Domain.Aggregation.KodeTemuan.JumlahTidakSesuai => "Jumlah tidak sesuai",
        Sakip.Domain.Aggregation.KodeTemuan.PersenTidakSesuai => "Persentase tidak sesuai n/T",
        Sakip.Domain.Aggregation.KodeTemuan.NMelebihiT => "n melebihi T",
        _ => "Nilai tidak sesuai",
    };

    public static string Teks(Periode p) => p == Periode.Tahunan ? "Tahunan" : "TW " + (int)p;
}
