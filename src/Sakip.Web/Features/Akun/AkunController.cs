using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Sakip.Application.Common;
using Sakip.Application.Pengguna;
using Sakip.Infrastructure.Identity;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Akun;

public sealed class MasukModel
{
    [Required(ErrorMessage = "Email wajib diisi.")]
    [EmailAddress(ErrorMessage = "Format email tidak valid.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Kata sandi wajib diisi.")]
    [DataType(DataType.Password)]
    [Display(Name = "Kata sandi")]
    public string KataSandi { get; set; } = "";

    [Display(Name = "Ingat saya")]
    public bool IngatSaya { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>The second sign-in step: a code of the authenticator app, or (<see cref="Pemulihan"/>) a recovery code.</summary>
public sealed class MasukDuaLangkahModel
{
    public string? Kode { get; set; }
    public string? KodePemulihan { get; set; }
    /// <summary>"Ingat perangkat ini": this browser skips the second step until two-step sign-in or the security stamp changes.</summary>
    public bool IngatPerangkat { get; set; }
    /// <summary>"Ingat saya" of the first step, carried over.</summary>
    public bool IngatSaya { get; set; }
    public string? ReturnUrl { get; set; }
    /// <summary>The form asks for a recovery code instead of the app's code.</summary>
    public bool Pemulihan { get; set; }
}

/// <summary>The two-step page of the signed-in user: whether it is on, whether the role requires it, how many recovery codes are left.</summary>
public sealed record DuaLangkahHalaman(bool Aktif, bool Wajib, int SisaKodePemulihan, string? Pesan = null);

/// <summary>The set-up page: the new key as text and as QR code, and the confirmation form.</summary>
public sealed record SiapkanDuaLangkahHalaman(string KunciTerbaca, string UriOtpauth, string QrDataUri, bool Wajib);

/// <summary>Recovery codes, shown once (after turning two-step sign-in on, or after making new ones).</summary>
public sealed record KodePemulihanHalaman(IReadOnlyList<string> Kode, bool BaruAktif);

/// <summary>The own password form: current, new, new again.</summary>
public sealed class SandiModel
{
    public string? KataSandiLama { get; set; }
    public string? KataSandiBaru { get; set; }
    public string? UlangiKataSandi { get; set; }
}

/// <summary>The page's model: the form (never re-filled with passwords), the rules, and whether a change is required.</summary>
public sealed record SandiHalaman(string AturanSandi, bool Wajib, string? Pesan = null);

public sealed class AkunController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IPenggunaService pengguna,
    GagalMasuk gagal,
    ISumberPerubahan sumber,
    IOptions<KeamananOptions> keamanan,
    ILogger<AkunController> logger) : Controller
{
    /// <summary>A password hash of nobody, checked for unknown emails so that they take as long as real accounts.</summary>
    private static string? _hashSemu;

    [HttpGet]
    [AllowAnonymous]
    public IActionResult Masuk(string? returnUrl = null) => View(new MasukModel { ReturnUrl = returnUrl });

    /// <summary>
    /// Unknown email, wrong password, a delayed email+address, a locked or a deactivated account: all get the same answer
    /// (issue 14), and every one of them counts as a failure of this email from this address (<see cref="GagalMasuk"/>).
    /// </summary>
    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting(BatasMasuk.Kebijakan)]
    public async Task<IActionResult> Masuk(MasukModel model)
    {
        if (!ModelState.IsValid) return View(model);
        var kunci = GagalMasuk.Kunci(model.Email, HttpContext.Connection.RemoteIpAddress);
        if (gagal.Ditunda(kunci))
        {
            logger.LogWarning("Sign-in of {Email} from {RemoteIp} refused: delayed after repeated failures", model.Email, HttpContext.Connection.RemoteIpAddress);
            return Tolak(model);
        }

        var user = await users.FindByNameAsync(model.Email);
        string alasan;
        if (user is null)
        {
            var hasher = users.PasswordHasher;
            hasher.VerifyHashedPassword(new ApplicationUser(), _hashSemu ??= hasher.HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()), model.KataSandi);
            alasan = "unknown account";
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, model.KataSandi, model.IngatSaya, lockoutOnFailure: false);
            if (result.Succeeded)
            {
                gagal.Berhasil(kunci);
                logger.LogInformation("User {Email} signed in", model.Email);
                return Url.IsLocalUrl(model.ReturnUrl) ? LocalRedirect(model.ReturnUrl) : RedirectToAction("Index", "Beranda");
            }
            if (result.RequiresTwoFactor)
            {
                // The password was right, but nobody is signed in yet: the failures of this email from this address are
                // forgotten only when the second step succeeds too, so wrong codes keep counting (MasukDuaLangkah).
                logger.LogInformation("User {Email} passed the password step; the second step is required", model.Email);
                return RedirectToAction(nameof(MasukDuaLangkah), new { returnUrl = Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : null, ingatSaya = model.IngatSaya });
            }
            alasan = result.IsLockedOut ? "account locked" : result.IsNotAllowed ? "account not allowed (inactive)" : "wrong password";
        }
        var ditunda = gagal.Catat(kunci);
        logger.LogWarning("Sign-in of {Email} from {RemoteIp} failed: {Reason}{Delay}", model.Email, HttpContext.Connection.RemoteIpAddress, alasan,
            ditunda ? "; further attempts from this address are delayed" : "");
        return Tolak(model);
    }

    private ViewResult Tolak(MasukModel model)
    {
        ModelState.AddModelError("", $"Email atau kata sandi salah. Setelah {gagal.Maksimum} kali gagal, masuk dengan email ini dari perangkat ini ditunda {gagal.Tunda.TotalMinutes:0} menit.");
        model.KataSandi = "";
        return View(model);
    }

    // ---------- the second sign-in step ----------

    /// <summary>The second step after a right password (the 5-minute cookie <c>sakip.2fa</c> names the user); without it, back to the first.</summary>
    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> MasukDuaLangkah(string? returnUrl = null, bool ingatSaya = false, bool pemulihan = false)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(Masuk), new { returnUrl });
        return View(new MasukDuaLangkahModel { ReturnUrl = returnUrl, IngatSaya = ingatSaya, Pemulihan = pemulihan });
    }

    /// <summary>
    /// Checks the app's code (or a recovery code, each valid once). A wrong code is answered like a wrong password and counted
    /// as a failure of this email from this address (<see cref="GagalMasuk"/>), so codes cannot be guessed faster than
    /// passwords; after <c>Keamanan:GagalMasukMaksimum</c> failures even the right code is refused from this address for a while.
    /// Wrong codes do not touch Identity's per-account lockout (the code is checked here first), and codes are never logged.
    /// </summary>
    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting(BatasMasuk.Kebijakan)]
    public async Task<IActionResult> MasukDuaLangkah(MasukDuaLangkahModel model)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToAction(nameof(Masuk), new { returnUrl = model.ReturnUrl });
        var email = user.Email ?? user.UserName ?? "";
        var ip = HttpContext.Connection.RemoteIpAddress;
        var kunci = GagalMasuk.Kunci(email, ip);
        if (gagal.Ditunda(kunci))
        {
            logger.LogWarning("Second sign-in step of {Email} from {RemoteIp} refused: delayed after repeated failures", email, ip);
            return TolakKode(model);
        }
        var kode = model.Pemulihan ? Autentikator.KodePemulihan(model.KodePemulihan) : Autentikator.Kode(model.Kode);
        if (kode is null)
        {
            ModelState.AddModelError(model.Pemulihan ? nameof(model.KodePemulihan) : nameof(model.Kode), model.Pemulihan ? "Kode pemulihan wajib diisi." : "Kode wajib diisi.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        string alasan;
        if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user)) alasan = "account not allowed (inactive or locked)";
        else if (model.Pemulihan)
        {
            Microsoft.AspNetCore.Identity.SignInResult hasil;
            using (sumber.Tindakan("kode pemulihan dipakai untuk masuk"))
                hasil = await signIn.TwoFactorRecoveryCodeSignInAsync(kode);
            if (hasil.Succeeded)
            {
                gagal.Berhasil(kunci);
                logger.LogWarning("User {Email} signed in with a recovery code; {Left} recovery codes left", email, await users.CountRecoveryCodesAsync(user));
                return KeTujuan(model.ReturnUrl);
            }
            alasan = "wrong recovery code";
        }
        // checked here first, so that a wrong code never reaches Identity's per-account lockout (AccessFailedAsync)
        else if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, kode)
            && (await signIn.TwoFactorAuthenticatorSignInAsync(kode, model.IngatSaya, model.IngatPerangkat)).Succeeded)
        {
            gagal.Berhasil(kunci);
            logger.LogInformation("User {Email} signed in with two steps{Remembered}", email, model.IngatPerangkat ? "; this device is remembered" : "");
            return KeTujuan(model.ReturnUrl);
        }
        else alasan = "wrong authenticator code";

        var ditunda = gagal.Catat(kunci);
        logger.LogWarning("Second sign-in step of {Email} from {RemoteIp} failed: {Reason}{Delay}", email, ip, alasan,
            ditunda ? "; further attempts from this address are delayed" : "");
        return TolakKode(model);
    }

    private ViewResult TolakKode(MasukDuaLangkahModel model)
    {
        ModelState.AddModelError("", $"Kode salah atau kedaluwarsa. Setelah {gagal.Maksimum} kali gagal, masuk dengan email ini dari perangkat ini ditunda {gagal.Tunda.TotalMinutes:0} menit.");
        model.Kode = null;
        model.KodePemulihan = null;
        return View(nameof(MasukDuaLangkah), model);
    }

    private IActionResult KeTujuan(string? returnUrl)
        => Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Index", "Beranda");

    // ---------- the own two-step sign-in (/Akun/DuaLangkah) ----------

    /// <summary>Status and the forms: set up (with the password), new recovery codes and turning off (with a code or the password).</summary>
    [HttpGet]
    public async Task<IActionResult> DuaLangkah()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        return View(await HalamanAsync(user, TempData["Pesan"] as string));
    }

    /// <summary>
    /// Starts the set-up: after the password is confirmed, a new authenticator key is made (Identity's
    /// <c>ResetAuthenticatorKeyAsync</c>, which renews the security stamp: other sessions end, this one is signed in again)
    /// and shown as QR code and text. Nothing is turned on until a code of the app confirms it.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> SiapkanDuaLangkah(string? kataSandi)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (user.TwoFactorEnabled) return await TolakHalamanAsync(user, "", "Masuk dua langkah sudah aktif.");
        if (string.IsNullOrEmpty(kataSandi)) return await TolakHalamanAsync(user, nameof(kataSandi), "Kata sandi wajib diisi.");
        if (await PeriksaRahasiaAsync(user, kataSandi, kodeBoleh: false) is { } galat) return await TolakHalamanAsync(user, nameof(kataSandi), galat);

        using (sumber.Tindakan("kunci autentikator baru dibuat (menyiapkan dua langkah)"))
            Pastikan(await users.ResetAuthenticatorKeyAsync(user));
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {Email} started setting up two-step sign-in (new authenticator key)", user.Email);
        return await SiapkanAsync(user);
    }

    /// <summary>Turns two-step sign-in on once a code of the app matches the new key; shows the 10 recovery codes once.</summary>
    [HttpPost]
    public async Task<IActionResult> AktifkanDuaLangkah(string? kode)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (user.TwoFactorEnabled) return await TolakHalamanAsync(user, "", "Masuk dua langkah sudah aktif.");
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
            return await TolakHalamanAsync(user, "", "Mulai dengan menyiapkan aplikasi autentikator.");
        var galat = Autentikator.Kode(kode) is not { } k ? "Kode wajib diisi." : await PeriksaRahasiaAsync(user, k, kodeBoleh: true, sandiBoleh: false);
        if (galat is not null)
        {
            ModelState.AddModelError(nameof(kode), galat);
            return await SiapkanAsync(user, StatusCodes.Status400BadRequest);
        }

        IEnumerable<string>? kodePemulihan;
        using (sumber.Tindakan("dua langkah diaktifkan"))
        {
            kodePemulihan = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, Autentikator.JumlahKodePemulihan);
            Pastikan(await users.SetTwoFactorEnabledAsync(user, true)); // renews the security stamp: sessions that skipped the second step end
        }
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {Email} turned two-step sign-in on; other sessions ended", user.Email);
        return KodePemulihan(kodePemulihan, baruAktif: true);
    }

    /// <summary>Replaces the recovery codes (a current code of the app is required); the old ones stop working, other sessions end.</summary>
    [HttpPost]
    public async Task<IActionResult> KodePemulihanBaru(string? kodeBaru)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!user.TwoFactorEnabled) return await TolakHalamanAsync(user, "", "Masuk dua langkah belum aktif.");
        var galat = Autentikator.Kode(kodeBaru) is not { } k ? "Kode wajib diisi." : await PeriksaRahasiaAsync(user, k, kodeBoleh: true, sandiBoleh: false);
        if (galat is not null) return await TolakHalamanAsync(user, nameof(kodeBaru), galat);

        IEnumerable<string>? kodePemulihan;
        using (sumber.Tindakan("kode pemulihan dibuat ulang"))
        {
            kodePemulihan = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, Autentikator.JumlahKodePemulihan);
            Pastikan(await users.UpdateSecurityStampAsync(user));
        }
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {Email} made new recovery codes; other sessions ended", user.Email);
        return KodePemulihan(kodePemulihan, baruAktif: false);
    }

    /// <summary>
    /// Turns the own two-step sign-in off with the password or a code of the app; refused when the role requires it
    /// (<c>Keamanan:DuaLangkahWajib</c>: then only an administrator can, for a lost phone). The key is replaced, this browser
    /// is no longer remembered, and the security stamp renewed (other sessions and remembered devices end).
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> MatikanDuaLangkah(string? kataSandiAtauKode)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!user.TwoFactorEnabled) return await TolakHalamanAsync(user, "", "Masuk dua langkah belum aktif.");
        if (Wajib) return await TolakHalamanAsync(user, "", "Masuk dua langkah wajib untuk peran Anda dan tidak dapat dimatikan. Jika ponsel Anda hilang, hubungi administrator.");
        if (string.IsNullOrEmpty(kataSandiAtauKode)) return await TolakHalamanAsync(user, nameof(kataSandiAtauKode), "Isi kata sandi atau kode dari aplikasi autentikator.");
        if (await PeriksaRahasiaAsync(user, kataSandiAtauKode, kodeBoleh: true) is { } galat) return await TolakHalamanAsync(user, nameof(kataSandiAtauKode), galat);

        using (sumber.Tindakan("dua langkah dimatikan"))
        {
            Pastikan(await users.SetTwoFactorEnabledAsync(user, false));
            Pastikan(await users.ResetAuthenticatorKeyAsync(user)); // the app's entry no longer matches anything
        }
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {Email} turned two-step sign-in off; other sessions ended", user.Email);
        TempData["Pesan"] = "Masuk dua langkah dimatikan. Sesi Anda di perangkat lain telah berakhir.";
        return RedirectToAction(nameof(DuaLangkah));
    }

    private bool Wajib => Sesi.DuaLangkahWajibUntuk(User, keamanan.Value);

    private async Task<DuaLangkahHalaman> HalamanAsync(ApplicationUser user, string? pesan = null)
        => new(user.TwoFactorEnabled, Wajib, user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0, pesan);

    /// <summary>The two-step page again with the reason next to its field (400); nothing was changed.</summary>
    private async Task<IActionResult> TolakHalamanAsync(ApplicationUser user, string isian, string pesan)
    {
        ModelState.AddModelError(isian, pesan);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(DuaLangkah), await HalamanAsync(user));
    }

    private async Task<IActionResult> SiapkanAsync(ApplicationUser user, int status = StatusCodes.Status200OK)
    {
        var kunci = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Kunci autentikator tidak ada.");
        Response.StatusCode = status;
        TanpaCache(); // the key is a secret: no copy in a cache
        var uri = Autentikator.UriOtpauth(user.Email ?? user.UserName ?? "", kunci);
        return View("SiapkanDuaLangkah", new SiapkanDuaLangkahHalaman(Autentikator.KunciTerbaca(kunci), uri, Autentikator.QrDataUri(uri), Wajib));
    }

    private ViewResult KodePemulihan(IEnumerable<string>? kode, bool baruAktif)
    {
        TanpaCache(); // shown once: no copy in a cache
        return View("KodePemulihan", new KodePemulihanHalaman([.. kode ?? []], baruAktif));
    }

    /// <summary>The values antiforgery also sets on pages with a form (set the same, so it has nothing to override).</summary>
    private void TanpaCache()
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        Response.Headers.Pragma = "no-cache";
    }

    /// <summary>
    /// Checks the password or a code of the app of the signed-in user (never logged). Wrong ones count as failed sign-ins of
    /// this email from this address (<see cref="GagalMasuk"/>) — these forms cannot be used to guess codes either — and while
    /// the address is delayed nothing is checked. Null when right.
    /// </summary>
    private async Task<string?> PeriksaRahasiaAsync(ApplicationUser user, string rahasia, bool kodeBoleh, bool sandiBoleh = true)
    {
        var email = user.Email ?? user.UserName ?? "";
        var ip = HttpContext.Connection.RemoteIpAddress;
        var kunci = GagalMasuk.Kunci(email, ip);
        var tunda = $"Setelah {gagal.Maksimum} kali gagal, percobaan dengan akun ini dari perangkat ini ditunda {gagal.Tunda.TotalMinutes:0} menit.";
        if (gagal.Ditunda(kunci))
        {
            logger.LogWarning("Two-step change of {Email} from {RemoteIp} refused: delayed after repeated failures", email, ip);
            return "Terlalu banyak percobaan yang gagal. " + tunda;
        }
        var kode = Autentikator.Kode(rahasia);
        var benar = kodeBoleh && Autentikator.KodeAplikasi(kode)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, kode!)
            : sandiBoleh && await users.CheckPasswordAsync(user, rahasia);
        if (benar)
        {
            gagal.Berhasil(kunci);
            return null;
        }
        var ditunda = gagal.Catat(kunci);
        logger.LogWarning("Two-step change of {Email} from {RemoteIp} refused: wrong {What}{Delay}", email, ip,
            kodeBoleh && Autentikator.KodeAplikasi(kode) ? "authenticator code" : "password", ditunda ? "; further attempts from this address are delayed" : "");
        return (kodeBoleh && !sandiBoleh ? "Kode salah atau kedaluwarsa. " : sandiBoleh && !kodeBoleh ? "Kata sandi salah. " : "Kata sandi atau kode salah. ") + tunda;
    }

    private static void Pastikan(IdentityResult r)
    {
        if (!r.Succeeded) throw new InvalidOperationException("Perubahan dua langkah gagal: " + string.Join("; ", r.Errors.Select(e => e.Description)));
    }

    /// <summary>
    /// Sign-out ends every session of this user: the new security stamp makes every copy of an older cookie (other tabs,
    /// devices, or a copied cookie) invalid at its next request (<see cref="Sesi"/>).
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Keluar()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("User {Email} signed out; every session of this user ended", user.Email);
        }
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Masuk));
    }

    /// <summary>The own password (every signed-in user); the only page a user with a temporary password may open.</summary>
    [HttpGet]
    public IActionResult Sandi()
        => View(new SandiHalaman(pengguna.AturanSandi, HttpContext.Items.ContainsKey(Sesi.KunciWajibGantiSandi), TempData["Pesan"] as string));

    /// <summary>
    /// Changes the own password. The new security stamp ends every other session of this user (other devices, copied cookies);
    /// this one is signed in again with the new stamp.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Sandi(SandiModel model, CancellationToken ct)
    {
        var hasil = await pengguna.GantiSandiSendiriAsync(model.KataSandiLama, model.KataSandiBaru, model.UlangiKataSandi, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (!hasil.Berhasil)
        {
            foreach (var (isian, pesan) in hasil.GalatIsian) ModelState.AddModelError(isian, pesan);
            return View(new SandiHalaman(pengguna.AturanSandi, HttpContext.Items.ContainsKey(Sesi.KunciWajibGantiSandi)));
        }
        if (await users.GetUserAsync(User) is { } user) await signIn.SignInAsync(user, isPersistent: false);
        logger.LogInformation("User {Email} changed the password; other sessions ended", User.Identity?.Name);
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction("Index", "Beranda");
    }

    [HttpGet]
    [AllowAnonymous]
    public IActionResult AksesDitolak()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
