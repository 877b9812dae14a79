using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Sakip.Application.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Every form the app receives, read once before antiforgery and model binding (issue 17, findings 7, 8, 9), for every action:
/// a body over the action's limit answers 413 naming the limit (<see cref="BatasPermintaanAttribute"/>); a broken multipart
/// body, or more values, longer keys or values than the form limits allow, answers 400; a control character (NUL, ESC …; tab
/// and line breaks are text) in any field name, value, query value or uploaded file name answers 400 — never stored, where it
/// came out as <c>_x0000_</c> in Excel and <c>�</c> in the PDF. Each refusal is the status page with its reason
/// (<see cref="HalamanStatus"/>), before any use case runs.
/// </summary>
public sealed class FormulirAman : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After the limits (900), before antiforgery (1000), which reads the form too (and would call a broken one an expired form).</summary>
    public int Order => 950;

    public const string PesanKendali = "Isian memuat karakter kendali (misalnya NUL) yang tidak diizinkan. Hapus karakter tersebut (biasanya terbawa saat menyalin teks) lalu kirim kembali.";
    public const string PesanRusak = "Isi formulir tidak dapat dibaca (rusak atau terpotong). Muat ulang halaman lalu kirim kembali.";
    public const string PesanNama = "Formulir memuat nama isian yang tidak dikenal (tanda kurung siku tidak lengkap). Muat ulang halaman lalu kirim kembali.";
    public const string PesanTerlaluBanyak = "Formulir memuat terlalu banyak isian atau isian yang terlalu panjang. Muat ulang halaman lalu kirim kembali.";

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        // the status and error pages re-executed for a refused request: the refusal is already decided
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
            return;
        if (context.Result is not null) return;
        if (http.Request.Query.Any(q => AdaKendali(q.Key) || q.Value.Any(AdaKendali)))
        {
            context.Result = HalamanStatus.Tolak(http, StatusCodes.Status400BadRequest, PesanKendali);
            return;
        }
        if (http.Request.Query.Any(q => !NamaSah(q.Key)))
        {
            context.Result = HalamanStatus.Tolak(http, StatusCodes.Status400BadRequest, PesanNama);
            return;
        }
        if (!http.Request.HasFormContentType) return;
        var batas = http.Items[BatasPermintaanAttribute.KunciBatas] as long?;
        if (batas is { } b && http.Request.ContentLength > b + BatasUnggahan.CadanganPermintaan)
        {
            context.Result = HalamanStatus.TerlaluBesar(http, http.Request.ContentLength.Value);
            return;
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (HalamanStatus.Kode(e) is { } kode)
        {
            context.Result = kode == StatusCodes.Status413RequestEntityTooLarge
                ? HalamanStatus.TerlaluBesar(http, http.Request.ContentLength)
                : HalamanStatus.Tolak(http, kode, HalamanStatus.Alasan(e));
            return;
        }
        catch (IOException) when (!http.RequestAborted.IsCancellationRequested)
        {
            // the multipart reader's "Unexpected end of Stream": a body cut short or without its closing boundary
            context.Result = HalamanStatus.Tolak(http, StatusCodes.Status400BadRequest, PesanRusak);
            return;
        }
        if (form.Any(f => AdaKendali(f.Key) || f.Value.Any(AdaKendali))
            || form.Files.Any(f => AdaKendali(f.Name) || AdaKendali(f.FileName)))
            context.Result = HalamanStatus.Tolak(http, StatusCodes.Status400BadRequest, PesanKendali);
        else if (form.Keys.Any(k => !NamaSah(k)) || form.Files.Any(f => !NamaSah(f.Name)))
            context.Result = HalamanStatus.Tolak(http, StatusCodes.Status400BadRequest, PesanNama);
        // a file just over its limit fits the request limit and gets the use case's message next to the field
    }

    /// <summary>
    /// Whether MVC's value providers can read the field name: every <c>[</c> is closed by a later <c>]</c> (the jQuery-style
    /// form and query providers threw <see cref="ArgumentException"/> on <c>a[b</c>: a 500 found by the fuzz run, issue 17).
    /// </summary>
    public static bool NamaSah(string nama)
    {
        for (var buka = nama.IndexOf('['); buka >= 0; )
        {
            var tutup = nama.IndexOf(']', buka);
            if (tutup < 0) return false;
            buka = nama.IndexOf('[', tutup);
        }
        return true;
    }

    /// <summary>A control character other than tab, line feed and carriage return (C0, DEL, C1).</summary>
    public static bool AdaKendali(string? teks)
    {
        if (teks is null) return false;
        foreach (var c in teks)
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return true;
        return false;
    }
}
