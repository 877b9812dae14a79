using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// The one set of workflow words and colours (issue 18): Belum diisi (light), Draf (grey), Dikirim (blue), Dikembalikan (red),
/// Terverifikasi (green) — the same on the realisation page, the verification board and queue, and the dashboards. The words are
/// <see cref="Label.Teks(StatusRealisasi?)"/>'s; a board cell takes the word of the state it summarises.
/// </summary>
public static class StatusAlur
{
    public static StatusRealisasi? Dari(StatusPapan s) => s switch
    {
        StatusPapan.BelumDiisi => null,
        StatusPapan.Draf => StatusRealisasi.Draf,
        StatusPapan.Dikirim => StatusRealisasi.Dikirim,
        StatusPapan.Dikembalikan => StatusRealisasi.Dikembalikan,
        _ => StatusRealisasi.Diverifikasi,
    };

    public static string Teks(StatusPapan s) => Label.Teks(Dari(s));

    /// <summary>The Bootstrap colour of a state ("text-bg-{warna}").</summary>
    public static string Warna(StatusRealisasi? s) => s switch
    {
        null => "light",
        StatusRealisasi.Draf => "secondary",
        StatusRealisasi.Dikirim => "primary",
        StatusRealisasi.Dikembalikan => "danger",
        _ => "success",
    };

    public static string Warna(StatusPapan s) => Warna(Dari(s));
}
