using Sakip.Domain.Entities;

namespace Sakip.Application.TindakLanjut;

/// <summary>The words of a recommendation's state as the pages show them.</summary>
public static class LabelTindakLanjut
{
    public static string Status(RekomendasiEvaluasi r) => r.Status switch
    {
        StatusTindakLanjut.Selesai => "Selesai",
        StatusTindakLanjut.Proses when r.DiajukanSelesai => "Proses — diajukan selesai",
        StatusTindakLanjut.Proses when r.CatatanPengembalian is not null => "Proses — dikembalikan",
        StatusTindakLanjut.Proses => "Proses",
        _ => "Belum",
    };

    /// <summary>The state alone (Belum / Proses / Selesai), as the LAKIN appendix prints it.</summary>
    public static string Status(StatusTindakLanjut s) => s switch
    {
        StatusTindakLanjut.Selesai => "Selesai",
        StatusTindakLanjut.Proses => "Proses",
        _ => "Belum",
    };

    /// <summary>
    /// The "Sumber data" an indicator's LAKIN section prints (issue 20 item 4): for an indicator that takes the AKIP evaluation's
    /// score, the year of the evaluation used, as the published LAKINs say it ("menggunakan nilai hasil evaluasi tahun 2022").
    /// </summary>
    public static string? SumberData(string? sumberData, SumberNilaiIndikator sumber, int tahunEvaluasi)
    {
        if (sumber != SumberNilaiIndikator.HasilEvaluasiAkip) return sumberData;
        var kalimat = $"menggunakan nilai hasil evaluasi AKIP internal tahun {tahunEvaluasi}";
        return string.IsNullOrWhiteSpace(sumberData) ? kalimat : $"{sumberData.Trim().TrimEnd('.')}; {kalimat}";
    }
}
