using Sakip.Domain.Common;
using Sakip.Application.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>The one wording of a concurrency conflict (issue 9) on every form protected by <see cref="VersiData"/>.</summary>
public static class PesanKonflik
{
    public static string Teks(KonflikVersi k)
    {
        if (k.TanpaVersi)
            return "Formulir ini tidak membawa versi data (dibuka dari halaman lama). Isian Anda belum disimpan; muat ulang halaman, periksa nilai terbaru lalu simpan lagi.";
        var oleh = string.IsNullOrWhiteSpace(k.Oleh) ? "pengguna lain" : k.Oleh;
        var pada = k.WaktuUtc is { } w ? " pada " + Tanggal.Waktu(w) : "";
        return $"Data ini telah diubah oleh {oleh}{pada} sejak Anda membukanya. Isian Anda belum disimpan; periksa nilai terbaru lalu simpan lagi.";
    }
}
