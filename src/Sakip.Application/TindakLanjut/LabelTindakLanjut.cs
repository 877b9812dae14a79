using Sakip.Domain.Entities;

namespace Sakip.Application.TindakLanjut;

/// <summary>The words of a recommendation's state as the pages show them.</summary>
public static class LabelTindakLanjut
{
    public static string Status(RekomendasiEvaluasi r) => r.Status switch
    {
        StatusTindakLanjut.Selesai => "Selesai",
        StatusTindakLanjut.Proses when r.DiajukanSelesai => "Proses — diajukan selesai",
        StatusTindakLanjut.Proses when r.CatatanPengembalian is not null => "Proses — dikembalikan",
        StatusTindakLanjut.Proses => "Proses",
        _ => "Belum",
    };

    /// <summary>The state alone (Belum / Proses / Selesai), as the LAKIN appendix prints it.</summary>
    public static string Status(StatusTindakLanjut s) => s switch
    {
        StatusTindakLanjut.Selesai => "Selesai",
        StatusTindakLanjut.Proses => "Proses",
        _ => "Belum",
    };
}
