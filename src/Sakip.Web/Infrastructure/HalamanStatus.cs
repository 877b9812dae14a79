using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// The explained status page (<c>/Beranda/Status/{kode}</c>, <c>/Beranda/Galat</c>) with the reason of one refusal: the reason
/// is kept on the request (<see cref="KunciAlasan"/>), which the re-executed page reads. And which exceptions of a hostile
/// request are the client's fault (issue 17, finding 9): the server's <see cref="BadHttpRequestException"/> (body too large →
/// 413, malformed → 400) and the form reader's <see cref="InvalidDataException"/> (multipart body over its limit → 413; broken
/// multipart, too many values → 400) — wherever they are thrown, also wrapped (model binding, antiforgery).
/// </summary>
public static class HalamanStatus
{
    public const string KunciAlasan = "Sakip.AlasanStatus";

    /// <summary>The status code with its reason on the page.</summary>
    public static IActionResult Tolak(HttpContext http, int kode, string alasan)
    {
        http.Items[KunciAlasan] = alasan;
        return new StatusCodeResult(kode);
    }

    public static IActionResult TerlaluBesar(HttpContext http, long? ukuran)
        => Tolak(http, StatusCodes.Status413RequestEntityTooLarge, PesanTerlaluBesar(http, ukuran));

    /// <summary>"Berkas 7,0 MB melebihi batas 5 MB. …" with the limit of the action (<see cref="BatasPermintaanAttribute"/>).</summary>
    public static string PesanTerlaluBesar(HttpContext http, long? ukuran)
    {
        const string saran = " Perkecil berkasnya (misalnya pindai ulang dengan resolusi lebih rendah atau pisahkan menjadi beberapa berkas) lalu unggah kembali.";
        if (http.Items[BatasPermintaanAttribute.KunciBatas] is not long batas)
            return "Permintaan melebihi batas ukuran yang diterima." + saran;
        return (ukuran is { } u && u > batas
            ? BatasUnggahan.PesanTerlaluBesar(u, batas)
            : $"Berkas melebihi batas {BatasUnggahan.Mb(batas)} MB.") + saran;
    }

    /// <summary>The status a client error in reading the request deserves, or null for any other exception (a 500).</summary>
    public static int? Kode(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            // a file adapter could not write (disk full) and no use case turned it into its Hasil: the same 507 page
            if (e is PenyimpananPenuhException) return StatusCodes.Status507InsufficientStorage;
            if (e is BadHttpRequestException b) return b.StatusCode;
            if (e is InvalidDataException i)
                return i.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase)
                    ? StatusCodes.Status413RequestEntityTooLarge
                    : StatusCodes.Status400BadRequest;
        }
        return null;
    }

    /// <summary>The reason of a 400 for <paramref name="e"/> (see <see cref="Kode"/>).</summary>
    public static string Alasan(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is PenyimpananPenuhException) return PenyimpananPenuhException.Pesan;
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is not InvalidDataException i) continue;
            // the url-encoded reader refuses a %00 itself: "The form value contains invalid characters."
            if (i.Message.Contains("invalid characters", StringComparison.OrdinalIgnoreCase)) return FormulirAman.PesanKendali;
            if (i.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)) return FormulirAman.PesanTerlaluBanyak;
        }
        return FormulirAman.PesanRusak;
    }
}
