using PdfSharp.Drawing;
using Sakip.Application.Laporan;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;

namespace Sakip.Infrastructure.Pdf;

/// <summary>One bar: its label under the axis, its value, the text printed above it, and whether it is highlighted.</summary>
public sealed record Bar(string Label, decimal Value, string ValueText, bool Highlight, bool Hatched = false);

/// <summary>A simple vertical bar chart drawn with PDFsharp vector graphics (no images), e.g. an indicator's trend.</summary>
public static class BarChart
{
    /// <summary>The bars of an indicator's trend (PDF and Word): each year's realisation, next year's target as a light bar.</summary>
    public static IReadOnlyList<Bar> BatangTren(BagianIndikator b)
        => b.Tren
            .Where(x => (x.Realisasi ?? x.Target) is not null)
            .Select(x => x.Realisasi is { } v
                ? new Bar(x.Tahun.ToString(Angka.Id), v, FormatLaporan.Nilai(b.Indikator, v), x.TahunBerjalan)
                : new Bar($"Target {x.Tahun.ToString(Angka.Id)}", x.Target!.Value, FormatLaporan.Nilai(b.Indikator, x.Target), false, Hatched: true))
            .ToList();

    /// <summary>The bars of the monthly budget (PDF and Word): each month's cumulative realisation, its cumulative serapan above it.</summary>
    public static IReadOnlyList<Bar> BatangBulanan(RealisasiKumulatif r)
        => r.Bulan.Select(b => new Bar(TeksLaporan.BulanSingkat(b.Bulan), b.Kumulatif, Angka.Persen(b.Serapan), b.Bulan == r.Bulan[^1].Bulan)).ToList();

    public static string JudulTren(IndikatorDef ik) => $"Realisasi IK {ik.Kode} per tahun";

    public static void Draw(PageFlow flow, string title, IReadOnlyList<Bar> bars, string? legend = null, double height = 130)
    {
        if (bars.Count == 0) return;
        var total = height + 34 + (legend is null ? 0 : 12);
        flow.Ensure(total);
        var g = flow.Gfx;
        var s = flow.Style;
        g.DrawString(title, s.SmallBold, XBrushes.Black, new XRect(flow.Left, flow.Y, flow.Width, 12), XStringFormats.TopCenter);
        var top = flow.Y + 16;
        var chartWidth = Math.Min(flow.Width, 90 * bars.Count + 40);
        var left = flow.Left + (flow.Width - chartWidth) / 2;
        var baseY = top + height;
        var max = (double)bars.Max(b => b.Value);
        if (max <= 0) max = 1;
        var scale = (height - 14) / (max * 1.1);
        var slot = chartWidth / bars.Count;
        var barWidth = Math.Min(46, slot * 0.6);
        g.DrawLine(new XPen(s.Border, 0.6), left, baseY, left + chartWidth, baseY);
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var h = (double)b.Value * scale;
            var x = left + slot * i + (slot - barWidth) / 2;
            var color = b.Hatched ? XColor.FromArgb(0xB4, 0xC7, 0xDC) : b.Highlight ? s.Accent : XColor.FromArgb(0x6F, 0x95, 0xBD);
            g.DrawRectangle(new XSolidBrush(color), x, baseY - h, barWidth, h);
            g.DrawString(b.ValueText, s.Small, XBrushes.Black, new XRect(x - 10, baseY - h - 11, barWidth + 20, 10), XStringFormats.TopCenter);
            g.DrawString(b.Label, s.Small, XBrushes.Black, new XRect(left + slot * i, baseY + 3, slot, 10), XStringFormats.TopCenter);
        }
        flow.Y = baseY + 16;
        if (legend is not null)
        {
            g.DrawString(legend, s.Small, XBrushes.DimGray, new XRect(flow.Left, flow.Y, flow.Width, 10), XStringFormats.TopCenter);
            flow.Y += 12;
        }
        flow.Y += 6;
    }
}
