using Sakip.Domain.Common;

namespace Sakip.Domain.Rules;

/// <summary>Indeks Kepuasan Masyarakat (IKM/SKM) following PermenPANRB 14/2017.</summary>
public static class IndeksKepuasan
{
    /// <summary>A satker's index from its unsur values (each on the 25–100 scale): their mean.</summary>
    public static decimal DariUnsur(IEnumerable<decimal> unsur)
    {
        var list = unsur.ToList();
        if (list.Count == 0) throw new DomainException("Nilai unsur survei belum diisi.");
        return list.Sum() / list.Count;
    }

    /// <summary>Consolidated index: respondent-weighted mean Σ(IKM × responden) / Σ responden; null without respondents.</summary>
    public static decimal? Konsolidasi(IEnumerable<(decimal Ikm, int Responden)> satker)
    {
        decimal bobot = 0;
        long responden = 0;
        foreach (var (ikm, r) in satker)
        {
            bobot += ikm * r;
            responden += r;
        }
        return responden == 0 ? null : bobot / responden;
    }

    /// <summary>Mutu pelayanan by the regulation's conversion intervals: A 88,31–100; B 76,61–88,30; C 65,00–76,60; D 25,00–64,99.</summary>
    public static (string Mutu, string Kinerja) Mutu(decimal ikm)
    {
        var v = Math.Round(ikm, 2, MidpointRounding.AwayFromZero);
        return v switch
        {
            >= 88.31m => ("A", "Sangat Baik"),
            >= 76.61m => ("B", "Baik"),
            >= 65.00m => ("C", "Kurang Baik"),
            _ => ("D", "Tidak Baik"),
        };
    }
}
