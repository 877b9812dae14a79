using System.Collections.Concurrent;
using System.Net;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Failed sign-ins counted per account AND client address (issue 14), in place of Identity's per-account lockout, which let
/// anybody lock the administrator out with five wrong passwords. After <c>Keamanan:GagalMasukMaksimum</c> failures (default 5)
/// of one email from one address, that email is refused from that address for <c>Keamanan:GagalMasukTundaMenit</c> minutes
/// (default 15) — even with the right password — while the owner still signs in from anywhere else. Unknown emails are
/// counted exactly like real ones and every refusal shows the same message, so the form tells nothing about which accounts
/// exist. Kept in memory per instance (forgotten at restart; with several instances each counts its own), bounded in size;
/// the login rate limit per address (<see cref="BatasMasuk"/>) caps the guesses across accounts.
/// </summary>
public sealed class GagalMasuk(TimeProvider waktu, int maksimum, TimeSpan tunda)
{
    public const string KunciMaksimum = "Keamanan:GagalMasukMaksimum";
    public const string KunciTunda = "Keamanan:GagalMasukTundaMenit";
    private const int EntriMaksimum = 50_000;

    private readonly ConcurrentDictionary<string, Catatan> _catatan = new(StringComparer.Ordinal);

    public int Maksimum => maksimum;
    public TimeSpan Tunda => tunda;

    public static string Kunci(string email, IPAddress? alamat)
        => $"{email.Trim().ToUpperInvariant()}|{alamat?.ToString() ?? "-"}";

    /// <summary>True while this email is refused from this address.</summary>
    public bool Ditunda(string kunci)
        => _catatan.TryGetValue(kunci, out var c) && c.TundaSampai is { } s && s > waktu.GetUtcNow();

    /// <summary>Counts a failure; the <see cref="Maksimum"/>-th within <see cref="Tunda"/> starts the delay. True when it did.</summary>
    public bool Catat(string kunci)
    {
        var sekarang = waktu.GetUtcNow();
        if (_catatan.Count >= EntriMaksimum) Bersihkan(sekarang);
        var baru = _catatan.AddOrUpdate(kunci,
            _ => Berikut(new Catatan(0, sekarang, null), sekarang),
            (_, lama) => Berikut(lama, sekarang));
        return baru.TundaSampai is { } s && s > sekarang && baru.Jumlah == 0;
    }

    /// <summary>A successful sign-in forgets the failures of this email from this address.</summary>
    public void Berhasil(string kunci) => _catatan.TryRemove(kunci, out _);

    private Catatan Berikut(Catatan lama, DateTimeOffset sekarang)
    {
        // failures older than the delay window no longer count; an expired delay starts a fresh count
        var c = sekarang - lama.Pertama > tunda || lama.TundaSampai is { } s && s <= sekarang ? new Catatan(0, sekarang, null) : lama;
        var jumlah = c.Jumlah + 1;
        return jumlah >= maksimum ? new Catatan(0, sekarang, sekarang + tunda) : c with { Jumlah = jumlah };
    }

    private void Bersihkan(DateTimeOffset sekarang)
    {
        foreach (var (k, c) in _catatan)
            if ((c.TundaSampai ?? c.Pertama + tunda) <= sekarang) _catatan.TryRemove(k, out _);
        if (_catatan.Count >= EntriMaksimum) // a flood of distinct emails/addresses: drop the counts, keep the active delays
            foreach (var (k, c) in _catatan)
                if (c.TundaSampai is null) _catatan.TryRemove(k, out _);
    }

    private sealed record Catatan(int Jumlah, DateTimeOffset Pertama, DateTimeOffset? TundaSampai);

    /// <summary>From configuration: <see cref="KunciMaksimum"/> (default 5) and <see cref="KunciTunda"/> minutes (default 15).</summary>
    public static GagalMasuk Dari(KeamananOptions keamanan, TimeProvider waktu)
    {
        var maksimum = keamanan.GagalMasukMaksimum;
        var menit = keamanan.GagalMasukTundaMenit;
        if (maksimum < 1 || menit < 1) throw new InvalidOperationException($"{KunciMaksimum} dan {KunciTunda} harus minimal 1.");
        return new GagalMasuk(waktu, maksimum, TimeSpan.FromMinutes(menit));
    }
}
