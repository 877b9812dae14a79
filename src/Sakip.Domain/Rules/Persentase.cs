namespace Sakip.Domain.Rules;

/// <summary>Ratio indicators n/T × 100%, computed in full precision; rounding happens only when formatting.</summary>
public static class Persentase
{
    /// <summary>n / T × 100, or null when T = 0 ("tidak dapat dihitung").</summary>
    public static decimal? Hitung(decimal n, decimal t) => t == 0 ? null : n / t * 100m;

    /// <summary>Ratio of sums Σn / ΣT × 100 (never a mean of percentages); null when ΣT = 0.</summary>
    public static decimal? RasioJumlah(IEnumerable<(decimal N, decimal T)> bagian)
    {
        decimal sn = 0, st = 0;
        foreach (var (n, t) in bagian)
        {
            sn += n;
            st += t;
        }
        return Hitung(sn, st);
    }
}
