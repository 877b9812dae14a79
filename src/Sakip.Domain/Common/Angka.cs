using System.Globalization;

namespace Sakip.Domain.Common;

/// <summary>The one place numbers are rounded and formatted the Indonesian way (80,43%; 2.146; Rp 37.798.614.375).</summary>
public static class Angka
{
    public static readonly CultureInfo Id = CreateCulture();

    private static CultureInfo CreateCulture()
    {
        var c = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        c.NumberFormat.NumberDecimalSeparator = ",";
        c.NumberFormat.NumberGroupSeparator = ".";
        c.NumberFormat.PercentDecimalSeparator = ",";
        c.NumberFormat.PercentGroupSeparator = ".";
        c.NumberFormat.CurrencyDecimalSeparator = ",";
        c.NumberFormat.CurrencyGroupSeparator = ".";
        return c;
    }

    public static decimal Bulatkan(decimal v, int desimal = 2) => Math.Round(v, desimal, MidpointRounding.AwayFromZero);

    /// <summary>80,43% (two decimals, or none for whole numbers such as 73%).</summary>
    public static string Persen(decimal? v, int desimal = 2) => v is null ? "–" : Desimal(v.Value, desimal) + "%";

    /// <summary>Number with up to <paramref name="desimal"/> decimals, trailing zeros dropped only for whole numbers: 80,03; 90,34; 73.</summary>
    public static string Desimal(decimal v, int desimal = 2)
    {
        var r = Bulatkan(v, desimal);
        return r == decimal.Truncate(r) ? r.ToString("#,0", Id) : r.ToString("#,0." + new string('0', desimal), Id);
    }

    /// <summary>Up to <paramref name="maksDesimal"/> decimals with trailing zeros dropped, for input fields: 75,5; 90,335; 2.555.</summary>
    public static string Ringkas(decimal v, int maksDesimal = 3)
        => Bulatkan(v, maksDesimal).ToString("#,0." + new string('#', maksDesimal), Id);

    public static string Ringkas(decimal? v, int maksDesimal = 3) => v is null ? "" : Ringkas(v.Value, maksDesimal);

    public static string Desimal(decimal? v, int desimal = 2) => v is null ? "–" : Desimal(v.Value, desimal);

    /// <summary>Whole count with thousands separators: 2.146.</summary>
    public static string Bulat(decimal? v) => v is null ? "–" : Bulatkan(v.Value, 0).ToString("#,0", Id);

    /// <summary>Rp 37.798.614.375 (to the rupiah); a negative amount (a pagu lowered by a revision) is −Rp 2.000.000.000 (the minus sign before Rp).</summary>
    public static string Rupiah(decimal? v) => v is null ? "–"
        : (Bulatkan(v.Value, 0) < 0 ? "−Rp " : "Rp ") + Math.Abs(Bulatkan(v.Value, 0)).ToString("#,0", Id);

    /// <summary>
    /// Reads a number typed the Indonesian way: "80,43", "2.555", "73%", "1.234,5". A lone dot followed by exactly three
    /// digits is a thousands separator; a comma is the decimal separator. Returns false for anything else.
    /// </summary>
    public static bool TryParse(string? teks, out decimal nilai) => TryParse(teks, out nilai, out _);

    /// <summary>The hint given when a number is written the English way ("1,234.5").</summary>
    public const string SaranFormat = "gunakan format Indonesia: 1.234,5";

    /// <summary>
    /// As <see cref="TryParse(string?, out decimal)"/>, with the reason when the text is refused for being written the English way
    /// (a dot after the comma, or more than one comma: "1,234.5", "1,234,567"); such a text is never read as another number.
    /// </summary>
    public static bool TryParse(string? teks, out decimal nilai, out string? alasan)
    {
        nilai = 0;
        alasan = null;
        if (string.IsNullOrWhiteSpace(teks)) return false;
        var s = teks.Trim().Replace(" ", "").Replace("\u00a0", "");
        if (s.EndsWith('%')) s = s[..^1];
        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase)) s = s[2..];
        if (s.Length == 0) return false;
        var commas = s.Count(ch => ch == ',');
        var dots = s.Count(ch => ch == '.');
        // "1,234.5" and "1,234,567" are English: the comma would be read as a decimal point (1,2345), so they are refused
        if (commas > 1 || (commas == 1 && s.IndexOf('.', s.IndexOf(',')) >= 0))
        {
            if (s.TrimStart('-').All(ch => char.IsAsciiDigit(ch) || ch is ',' or '.')) alasan = SaranFormat;
            return false;
        }
        if (dots > 0)
        {
            // dots must be thousands separators: groups of exactly three digits
            var intPart = commas == 1 ? s[..s.IndexOf(',')] : s;
            var groups = intPart.TrimStart('-').Split('.');
            if (dots == 1 && commas == 0 && groups[1].Length != 3)
            {
                // "80.43" is ambiguous: accept it as a decimal point, as spreadsheets export it
                return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out nilai);
            }
            if (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3)) return false;
            s = s.Replace(".", "");
        }
        return decimal.TryParse(s.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out nilai);
    }
}
