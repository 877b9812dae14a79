using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Common;

/// <summary>Realisations of one satker-period returned by a planner, with the comment: what the satker is told to fix.</summary>
public sealed record PemberitahuanPengembalian(int SatkerId, string NamaSatker, int Tahun, Periode Periode,
    IReadOnlyList<(string KodeIndikator, string NamaIndikator)> Indikator, string Komentar, string Oleh)
{
    /// <summary>The e-mail's subject: "Realisasi TW III 2023 BBPPKS Bandung dikembalikan: 2 indikator perlu diperbaiki".</summary>
    public string Subjek => $"Realisasi {Label.Teks(Periode)} {Tahun} {NamaSatker} dikembalikan: {Angka.Bulat(Indikator.Count)} indikator perlu diperbaiki";

    /// <summary>The e-mail's text: which indicators, the planner's comment, and where to fix them (<paramref name="alamat"/>, the app's address, when known).</summary>
    public string Isi(string? alamat)
    {
        var baris = new List<string>
        {
            $"Realisasi {NamaSatker} periode {Label.Teks(Periode)} {Tahun} dikembalikan oleh {Oleh} untuk diperbaiki:",
            "",
        };
        baris.AddRange(Indikator.Select(i => $"- IK {i.KodeIndikator} {i.NamaIndikator}"));
        baris.Add("");
        baris.Add($"Komentar perencana: {Komentar}");
        baris.Add("");
        var tautan = alamat is null ? "menu Realisasi" : $"{alamat.TrimEnd('/')}/Realisasi?satker={SatkerId}&tahun={Tahun}&periode={Periode}";
        baris.Add($"Perbaiki isian lalu tekan Kirim lagi di {tautan}.");
        baris.Add("");
        baris.Add("Surel ini dikirim otomatis oleh Sakip.Web; jangan dibalas.");
        return string.Join("\n", baris);
    }
}

/// <summary>
/// Tells a satker's admins by e-mail that realisations were returned (issue 18). Optional: without an SMTP server configured
/// it does nothing. Never blocks or fails a save: the message is queued after the change is stored and sent in the background;
/// a mail server that is down is logged, the change stands.
/// </summary>
public interface IPemberitahuanSatker
{
    void Dikembalikan(PemberitahuanPengembalian pemberitahuan);
}

/// <summary>No e-mail configured: nothing is sent (the satker still sees the task on its Beranda and the reason per indicator).</summary>
public sealed class TanpaPemberitahuan : IPemberitahuanSatker
{
    public void Dikembalikan(PemberitahuanPengembalian pemberitahuan) { }
}
