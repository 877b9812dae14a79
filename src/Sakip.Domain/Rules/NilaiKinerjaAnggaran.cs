using Sakip.Domain.Entities;

namespace Sakip.Domain.Rules;

/// <summary>
/// Which indicator is the "nilai kinerja anggaran" whose components (SMART of DJA, IKPA of DJPb with its aspects) are entered on the
/// budget side (issue 16 item 6). The rule, one home: a weighted composite (<see cref="JenisIndikator.KompositBerbobot"/>) whose
/// top-level components include one named with "SMART" and one named with "IKPA" (case-insensitive; e.g. "Nilai SMART (DJA)",
/// "Nilai IKPA (DJPb)"). No flag is stored: the catalogue's own names decide, as the LAKIN 2023 and the example satker name them.
/// When a year's PK holds none, the budget page says so; when it holds several, the first in LAKIN order is taken.
/// </summary>
public static class NilaiKinerjaAnggaran
{
    /// <param name="jenis">The indicator's kind.</param>
    /// <param name="komponenUtama">The names of its top-level components (a sub-component counts by its parent's name).</param>
    public static bool Adalah(JenisIndikator jenis, IEnumerable<string> komponenUtama)
    {
        if (jenis != JenisIndikator.KompositBerbobot) return false;
        var nama = komponenUtama.ToList();
        return nama.Any(n => n.Contains("SMART", StringComparison.OrdinalIgnoreCase))
            && nama.Any(n => n.Contains("IKPA", StringComparison.OrdinalIgnoreCase));
    }
}
