using Sakip.Domain.Entities;

namespace Sakip.Application.Perencanaan;

/// <summary>The lines of a PK as its signed text prints them (<see cref="NaskahPerjanjianKinerja"/>): its current indicators, in catalogue order.</summary>
internal static class NaskahPk
{
    private static readonly Func<TargetKinerja, bool> DalamPk = PerjanjianKinerja.DalamPk.Compile();

    /// <param name="indikator">The year's indicators by id, each with its <see cref="IndikatorKinerja.SasaranKegiatan"/> loaded.</param>
    public static IReadOnlyList<BarisNaskah> Isi(PerjanjianKinerja pk, IReadOnlyDictionary<int, IndikatorKinerja> indikator)
        => pk.Target.Where(DalamPk)
            .Select(t => (t, ik: indikator[t.IndikatorKinerjaId]))
            .OrderBy(x => x.ik.SasaranKegiatan!.Nomor).ThenBy(x => x.ik.Urutan)
            .Select(x => new BarisNaskah
            {
                SasaranNomor = x.ik.SasaranKegiatan!.Nomor,
                SasaranNama = x.ik.SasaranKegiatan.Nama,
                KodeIndikator = x.ik.Kode,
                NamaIndikator = x.ik.Nama,
                Satuan = x.ik.Satuan,
                Target = x.t.Nilai,
                Volume = x.t.Volume,
                LabelOutput = x.ik.LabelOutput,
                SubItem = x.ik.SubItem,
            })
            .ToList();
}
