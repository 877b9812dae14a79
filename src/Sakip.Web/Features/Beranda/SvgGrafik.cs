using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Sakip.Domain.Rules;

namespace Sakip.Web.Features.Beranda;

/// <summary>One bar or column: its label, value (null = no value, drawn as a grey stub), the text printed beside it and its status.</summary>
public sealed record BatangGrafik(string Label, decimal? Nilai, string Teks, StatusCapaian? Status = null, bool Sorot = false);

/// <summary>
/// Server-side SVG charts of the dashboard (no script, no CDN, nothing inline but SVG presentation attributes, so a strict CSP holds):
/// every chart is role="img" with a &lt;title&gt; and a &lt;desc&gt; naming every value, and prints each value beside its bar;
/// colour always comes with the status in words.
/// </summary>
public static class SvgGrafik
{
    private const int Lebar = 720;
    private const int KolomLabel = 190;
    private const int KolomTeks = 200;
    private const int TinggiBaris = 26;
    private const int Atas = 24;

    /// <summary>Bar fill per status: green above, blue equal, red below target, grey when there is nothing to compare.</summary>
    public static string Warna(StatusCapaian? status) => status switch
    {
        StatusCapaian.MelebihiTarget => "#198754",
        StatusCapaian.SesuaiTarget => "#0d6efd",
        StatusCapaian.DiBawahTarget => "#dc3545",
        StatusCapaian.TidakDapatDihitung => "#adb5bd",
        _ => "#6c757d",
    };

    /// <summary>The right end of the scale: the largest value or reference, 10% headroom, at least 1.</summary>
    public static decimal Skala(IEnumerable<decimal?> nilai, decimal? acuan)
    {
        var maks = nilai.Where(v => v is not null).Select(v => v!.Value).Append(acuan ?? 0m).Append(0m).Max();
        return maks <= 0 ? 1m : maks * 1.1m;
    }

    /// <summary>Horizontal bars (one per satker or indicator), with an optional dashed reference line (the target).</summary>
    public static IHtmlContent BatangHorizontal(string id, string judul, IReadOnlyList<BatangGrafik> batang, decimal? acuan = null, string? labelAcuan = null)
    {
        var tinggi = Atas + batang.Count * TinggiBaris + 8;
        var areaBatang = Lebar - KolomLabel - KolomTeks;
        var skala = Skala(batang.Select(b => b.Nilai), acuan);
        double X(decimal v) => KolomLabel + (double)(Math.Max(0m, v) / skala) * areaBatang;

        var sb = Awal(id, judul, batang, Lebar, tinggi);
        sb.Append(Garis(KolomLabel, Atas - 4, KolomLabel, tinggi - 4, "#adb5bd", null));
        for (var i = 0; i < batang.Count; i++)
        {
            var b = batang[i];
            var y = Atas + i * TinggiBaris;
            sb.Append(Teks(KolomLabel - 6, y + 13, b.Label, "end", b.Sorot));
            var ujung = b.Nilai is { } v ? X(v) : KolomLabel + 2;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{KolomLabel}\" y=\"{y + 3}\" width=\"{F(Math.Max(2, ujung - KolomLabel))}\" height=\"{TinggiBaris - 8}\" fill=\"{Warna(b.Status)}\" />");
            sb.Append(Teks(ujung + 4, y + 13, b.Teks, "start", b.Sorot));
        }
        if (acuan is { } a)
        {
            var x = X(a);
            sb.Append(Garis(x, Atas - 6, x, tinggi - 4, "#212529", "5 3"));
            if (labelAcuan is not null) sb.Append(Teks(x, Atas - 10, labelAcuan, "middle", false));
        }
        return Akhir(sb);
    }

    /// <summary>Columns per year (trend), each value printed above its column, with the target of each year as a short dash.</summary>
    public static IHtmlContent Kolom(string id, string judul, IReadOnlyList<BatangGrafik> kolom, IReadOnlyList<decimal?> target)
    {
        const int lebar = 360, tinggi = 200, bawah = 24, atas = 22, kiri = 6;
        var skala = Skala(kolom.Select(k => k.Nilai).Concat(target), null);
        var lebarKolom = (lebar - 2 * kiri) / (double)Math.Max(1, kolom.Count);
        var area = tinggi - bawah - atas;
        double Y(decimal v) => tinggi - bawah - (double)(Math.Max(0m, v) / skala) * area;

        var sb = Awal(id, judul, kolom, lebar, tinggi);
        sb.Append(Garis(kiri, tinggi - bawah, lebar - kiri, tinggi - bawah, "#adb5bd", null));
        for (var i = 0; i < kolom.Count; i++)
        {
            var k = kolom[i];
            var x0 = kiri + i * lebarKolom;
            var tengah = x0 + lebarKolom / 2;
            var lebarBatang = Math.Min(lebarKolom * 0.6, 56);
            if (k.Nilai is { } v)
            {
                var y = Y(v);
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(tengah - lebarBatang / 2)}\" y=\"{F(y)}\" width=\"{F(lebarBatang)}\" height=\"{F(tinggi - bawah - y)}\" fill=\"{Warna(k.Status)}\" />");
                sb.Append(Teks(tengah, y - 4, k.Teks, "middle", k.Sorot));
            }
            else
            {
                sb.Append(Teks(tengah, tinggi - bawah - 4, k.Teks, "middle", false));
            }
            if (i < target.Count && target[i] is { } t)
                sb.Append(Garis(tengah - lebarBatang * 0.8, Y(t), tengah + lebarBatang * 0.8, Y(t), "#212529", "4 2"));
            sb.Append(Teks(tengah, tinggi - 7, k.Label, "middle", k.Sorot));
        }
        return Akhir(sb);
    }

    private static StringBuilder Awal(string id, string judul, IReadOnlyList<BatangGrafik> batang, int lebar, int tinggi)
    {
        var e = HtmlEncoder.Default;
        var desk = string.Join("; ", batang.Select(b => $"{b.Label}: {b.Teks}"));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafik\" id=\"{e.Encode(id)}\" viewBox=\"0 0 {lebar} {tinggi}\" width=\"100%\" role=\"img\" aria-labelledby=\"{e.Encode(id)}-judul {e.Encode(id)}-desk\" font-size=\"12\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{e.Encode(id)}-judul\">{e.Encode(judul)}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{e.Encode(id)}-desk\">{e.Encode(desk)}</desc>");
        return sb;
    }

    private static HtmlString Akhir(StringBuilder sb) => new(sb.Append("</svg>").ToString());

    private static string Teks(double x, double y, string teks, string anchor, bool tebal)
        => string.Create(CultureInfo.InvariantCulture,
            $"<text x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{anchor}\" fill=\"#212529\"{(tebal ? " font-weight=\"bold\"" : "")}>{HtmlEncoder.Default.Encode(teks)}</text>");

    private static string Garis(double x1, double y1, double x2, double y2, string warna, string? putus)
        => string.Create(CultureInfo.InvariantCulture,
            $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{warna}\" stroke-width=\"1\"{(putus is null ? "" : $" stroke-dasharray=\"{putus}\"")} />");

    /// <summary>SVG coordinates are written with a dot (invariant culture), never the Indonesian comma.</summary>
    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
