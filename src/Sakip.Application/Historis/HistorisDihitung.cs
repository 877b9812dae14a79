using Sakip.Application.Beranda;
using Sakip.Domain.Aggregation;

namespace Sakip.Application.Historis;

/// <summary>One year of a satker's indicator history as the page and the LAKIN use it: computed from the system's data or entered.</summary>
public sealed record NilaiHistoris(int Tahun, decimal? Realisasi, decimal? Target, string? Keterangan, bool Dihitung);

/// <summary>
/// The one rule for a satker's earlier years that the system itself holds (issue 15): the satker's annual PK line of that year,
/// computed exactly as that year's LAKIN computes it (<see cref="IKinerjaQuery.PerjanjianKinerjaAsync(int, int, bool, CancellationToken)"/>
/// → <see cref="KalkulatorKinerja"/>: the satker's own figures, the roll-up for the parent's consolidated report), matched to
/// this year's indicator by its code and name (<see cref="Kunci"/>: a code reused for another indicator in another year is not its
/// history). A computed year wins over an entered one; a year the system does not hold, or where the
/// satker has no realisation of the code, is the entered history (<see cref="Domain.Entities.CapaianHistoris"/>).
/// </summary>
public static class HistorisDihitung
{
    /// <summary>How many years before the report year are computed and offered on the entry page.</summary>
    public const int JumlahTahunLalu = 4;

    /// <summary>The earlier years of <paramref name="tahun"/> that are computed and entered: the <see cref="JumlahTahunLalu"/> before it, oldest first.</summary>
    public static IReadOnlyList<int> TahunLalu(int tahun) => Enumerable.Range(tahun - JumlahTahunLalu, JumlahTahunLalu).ToList();

    /// <summary>
    /// The computed realisation and target per (indicator code, year) for the years before <paramref name="tahun"/> the system holds
    /// (one year list query, then three compiled queries per held year; none for a year it does not hold).
    /// </summary>
    /// <summary>
    /// Which indicator of an earlier year is "the same" as this year's: the same code and the same name (spaces and case aside), as a
    /// copy of the PK to the next year keeps them. "1.1" of 2023 (accreditation of LKS) is not "1.1" of 2025 (trainees who passed).
    /// </summary>
    public static string Kunci(string kode, string nama) => $"{kode.Trim()}\u001f{string.Join(' ', nama.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()}";

    public static async Task<IReadOnlyDictionary<(string Kunci, int Tahun), NilaiHistoris>> MuatAsync(IKinerjaQuery kinerja, int satkerId, bool konsolidasi,
        int tahun, CancellationToken ct)
    {
        var ada = (await kinerja.DaftarTahunAsync(ct)).ToHashSet();
        var hasil = new Dictionary<(string, int), NilaiHistoris>();
        foreach (var th in TahunLalu(tahun).Where(ada.Contains))
        {
            var tabel = await kinerja.PerjanjianKinerjaAsync(th, satkerId, konsolidasi, ct);
            foreach (var b in tabel?.Baris ?? [])
                if (b.Realisasi is not null)
                    hasil[(Kunci(b.Indikator.Kode, b.Indikator.Nama), th)] = new NilaiHistoris(th, b.Realisasi, b.Target, null, true);
        }
        return hasil;
    }
}
