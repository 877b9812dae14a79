using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Rules;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Laporan;

namespace Sakip.Web.Features.Beranda;

/// <summary>How the dashboard words and colours a figure: the status always in words beside its colour, numbers via <see cref="Angka"/>.</summary>
public static class TampilanDasbor
{
    public static string KelasBadge(StatusCapaian s) => s switch
    {
        StatusCapaian.MelebihiTarget => "text-bg-success",
        StatusCapaian.SesuaiTarget => "text-bg-primary",
        StatusCapaian.DiBawahTarget => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    /// <summary>Status text with a sign that survives without colour (▲ above, ● equal, ▼ below).</summary>
    public static string TeksStatus(StatusCapaian s) => s switch
    {
        StatusCapaian.MelebihiTarget => "▲ Melebihi target",
        StatusCapaian.SesuaiTarget => "● Sesuai target",
        StatusCapaian.DiBawahTarget => "▼ Di bawah target",
        _ => "Tidak dapat dihitung",
    };

    /// <summary>A satker's status: a satker that reports only the output volume of an indicator (e.g. 3.1: bantuan) is told so, not "cannot be computed".</summary>
    public static string TeksStatusSatker(BarisCapaian b)
        => b.Realisasi is null && b.RealisasiVolume is not null ? "Hanya output dilaporkan" : TeksStatus(b.Status);

    public static string Nilai(IndikatorDef ik, decimal? v) => FormatLaporan.Nilai(ik, v);

    /// <summary>The text beside a bar: the value and, when it can be judged, the status in words.</summary>
    public static string TeksBatang(BarisCapaian b)
        => b.Realisasi is null ? "belum ada nilai" : $"{Nilai(b.Indikator, b.Realisasi)} · {Capaian.Teks(b.Status).ToLowerInvariant()}";

    public static string KelasEfisiensi(PenilaianEfisiensi p) => p switch
    {
        PenilaianEfisiensi.Efisien => "text-bg-success",
        PenilaianEfisiensi.BelumEfisien => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    /// <summary>A board cell's state in the one set of workflow words (<see cref="Infrastructure.StatusAlur"/>).</summary>
    public static string TeksPapan(StatusPapan s) => Infrastructure.StatusAlur.Teks(s);

    public static string Periode(Sakip.Domain.Entities.Periode p, int tahun) => $"{Label.Teks(p)} {tahun}";
}
