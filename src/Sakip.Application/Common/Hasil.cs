namespace Sakip.Application.Common;

/// <summary>How a use case ended; Web maps it to an HTTP status in one place (<c>Sakip.Web.Infrastructure.PetaHasil</c>).</summary>
public enum StatusHasil
{
    /// <summary>Done (200, or a redirect after a POST).</summary>
    Berhasil,
    /// <summary>Refused input: nothing saved; the reasons per field and for the whole form (400).</summary>
    Ditolak,
    /// <summary>Someone else changed the same rows since the form was opened: nothing saved; who and when (409).</summary>
    Konflik,
    /// <summary>The caller may not see or change this satker's data, or may not do this at all (403).</summary>
    Dilarang,
    /// <summary>The thing asked for does not exist (404).</summary>
    TidakDitemukan,
    /// <summary>The server could not store a file now (disk full or another write error): nothing saved, partial files removed (507).</summary>
    TakTersimpan,
}

/// <summary>
/// The one result contract of every use case: its status, a message for the user, the refusals per field (key = the form
/// field's name) and for the form as a whole, and on a conflict who changed the rows and when.
/// </summary>
public record Hasil
{
    private static readonly IReadOnlyDictionary<string, string> TanpaGalat = new Dictionary<string, string>();

    public StatusHasil Status { get; init; }
    public string Pesan { get; init; } = "";
    public IReadOnlyDictionary<string, string> GalatIsian { get; init; } = TanpaGalat;
    public IReadOnlyList<string> Kesalahan { get; init; } = [];
    public KonflikVersi? Konflik { get; init; }

    public bool Berhasil => Status == StatusHasil.Berhasil;

    /// <summary>The refusal of one field, to show next to it; null when that field is fine.</summary>
    public string? Galat(string isian) => GalatIsian.GetValueOrDefault(isian);

    public static Hasil Sukses(string pesan = "") => new() { Status = StatusHasil.Berhasil, Pesan = pesan };
    public static Hasil Tolak(string pesan, IReadOnlyDictionary<string, string>? galat = null, IReadOnlyList<string>? kesalahan = null)
        => new() { Status = StatusHasil.Ditolak, Pesan = pesan, GalatIsian = galat ?? TanpaGalat, Kesalahan = kesalahan ?? [pesan] };
    public static Hasil Bentrok(KonflikVersi konflik, string pesan = "") => new() { Status = StatusHasil.Konflik, Konflik = konflik, Pesan = pesan };
    public static Hasil Larang(string pesan = "Anda tidak berhak atas data ini.") => new() { Status = StatusHasil.Dilarang, Pesan = pesan };
    public static Hasil TakAda(string pesan = "Data tidak ditemukan.") => new() { Status = StatusHasil.TidakDitemukan, Pesan = pesan };
    public static Hasil TakTersimpanSekarang(string pesan = PenyimpananPenuhException.Pesan) => new() { Status = StatusHasil.TakTersimpan, Pesan = pesan };
}

/// <summary>A <see cref="Hasil"/> that carries what the caller shows next (the saved item, the page's read model, the re-shown form).</summary>
public sealed record Hasil<T> : Hasil
{
    public T? Nilai { get; init; }

    public static Hasil<T> Sukses(T nilai, string pesan = "") => new() { Status = StatusHasil.Berhasil, Nilai = nilai, Pesan = pesan };
    public static Hasil<T> Dari(Hasil hasil, T? nilai = default) => new()
    {
        Status = hasil.Status, Pesan = hasil.Pesan, GalatIsian = hasil.GalatIsian, Kesalahan = hasil.Kesalahan, Konflik = hasil.Konflik, Nilai = nilai,
    };
}
