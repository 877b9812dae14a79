namespace Sakip.Application.Pengguna;

/// <summary>
/// One account as the user management pages see it (never its password hash, stamps or tokens). <paramref name="DuaLangkah"/>:
/// two-step sign-in with an authenticator app is on.
/// </summary>
public sealed record Akun(string Id, string Email, string NamaLengkap, string? Nip, string? Peran, int? SatkerId, bool Aktif, bool Terkunci, bool WajibGantiSandi,
    bool DuaLangkah = false);

/// <summary>The fields of a new or changed account.</summary>
public sealed record DataAkun(string Email, string NamaLengkap, string? Nip, string Peran, int? SatkerId);

/// <summary>One account of a bulk creation and its (temporary) password.</summary>
public sealed record AkunBaru(DataAkun Data, string Sandi);

/// <summary>
/// The end of a bulk creation: every account's id in the order given, or none and the position (0-based) of the account that
/// could not be created with the reason (<see cref="Gagal"/> null = all created).
/// </summary>
public sealed record HasilBuatSemua(IReadOnlyList<string> Id, int? Gagal = null, string? Alasan = null)
{
    public bool Berhasil => Gagal is null;
}

/// <summary>
/// The accounts port (ASP.NET Core Identity behind it, Sakip.Infrastructure/Identity/AkunPengguna): the use cases decide who
/// may do what and check the input; this port only carries it out. Every change to an account's role, satker, email, activity
/// or password renews its security stamp, so its open sessions end at their next request.
/// </summary>
public interface IAkunPengguna
{
    Task<IReadOnlyList<Akun>> DaftarAsync(CancellationToken ct = default);
    Task<Akun?> AmbilAsync(string id, CancellationToken ct = default);
    Task<Akun?> CariEmailAsync(string email, CancellationToken ct = default);

    /// <summary>The password rules, stated in Bahasa Indonesia (shown on every page where a password is chosen).</summary>
    string AturanSandi { get; }
    /// <summary>The rules the password breaks, in Bahasa Indonesia; empty when it is acceptable.</summary>
    Task<IReadOnlyList<string>> PeriksaSandiAsync(string sandi);
    /// <summary>A strong random password that satisfies the rules, to be handed over once.</summary>
    string SandiSementara();

    /// <summary>Creates the account with this password, marked to change it at the next sign-in; returns its id.</summary>
    Task<string> BuatAsync(DataAkun data, string sandi, CancellationToken ct = default);
    /// <summary>
    /// Creates every account as <see cref="BuatAsync"/> does, in one database transaction: all of them, or, when one is refused
    /// (its email taken meanwhile, a name Identity does not accept …), none, with which one and why.
    /// </summary>
    Task<HasilBuatSemua> BuatSemuaAsync(IReadOnlyList<AkunBaru> daftar, CancellationToken ct = default);
    /// <summary>Changes the fields; renews the security stamp when email, role or satker changed.</summary>
    Task UbahAsync(string id, DataAkun data, CancellationToken ct = default);
    /// <summary>Activates or deactivates the account (and renews its security stamp).</summary>
    Task AturAktifAsync(string id, bool aktif, CancellationToken ct = default);
    Task BukaKunciAsync(string id, CancellationToken ct = default);
    /// <summary>Sets this password, marks the account to change it at the next sign-in and renews the security stamp.</summary>
    Task AturUlangSandiAsync(string id, string sandi, CancellationToken ct = default);
    /// <summary>The user's own change: false when the current password is wrong. Clears the must-change mark and renews the stamp.</summary>
    Task<bool> GantiSandiAsync(string id, string lama, string baru, CancellationToken ct = default);
    /// <summary>
    /// Turns two-step sign-in off for a user who lost the authenticator (an administrator's action): the authenticator key is
    /// replaced by one nobody has seen, and the security stamp renewed, so every session and remembered device of the user ends.
    /// The audit log names the action; keys and codes are never logged.
    /// </summary>
    Task MatikanDuaLangkahAsync(string id, CancellationToken ct = default);
}
