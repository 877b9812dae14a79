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

    /// <summary>
    /// The state of a satker's Perjanjian Kinerja in words: "Belum ada PK", "Draf", "Disepakati 16 Januari 2023 oleh …" (with
    /// "· revisi ke-n" once revised) — the PK status table of the planning and PK pages: <see cref="KataPk"/> then <see cref="RincianPk"/>.
    /// </summary>
    public static string TeksPk(PerjanjianKinerja? pk) => (KataPk(pk) + " " + RincianPk(pk)).TrimEnd();

    /// <summary>The word of a PK state (the badge): "Belum ada PK", "Draf" or "Disepakati".</summary>
    public static string KataPk(PerjanjianKinerja? pk) => pk switch
    {
        null => "Belum ada PK",
        { Status: StatusPerjanjianKinerja.Disepakati } => "Disepakati",
        _ => "Draf",
    };

    /// <summary>What follows the word of an agreed PK: "16 Januari 2023 oleh … · revisi ke-2" (empty for a draft or no PK).</summary>
    public static string RincianPk(PerjanjianKinerja? pk) => pk is not { Status: StatusPerjanjianKinerja.Disepakati } p ? "" :
        string.Join(" ", new[]
        {
            p.TanggalDisepakati is { } t ? Tanggal.Panjang(t) : null,
            string.IsNullOrWhiteSpace(p.PihakKedua) ? null : "oleh " + p.PihakKedua,
            p.NomorRevisi > 0 ? $"· revisi ke-{p.NomorRevisi}" : null,
        }.Where(x => x is not null));

    /// <summary>The colour of a PK state, in the workflow's colours: none (light), Draf (grey), Disepakati (green).</summary>
    public static string WarnaPk(PerjanjianKinerja? pk) => pk switch
    {
        null => "light",
        { Status: StatusPerjanjianKinerja.Disepakati } => "success",
        _ => "secondary",
    };
}
