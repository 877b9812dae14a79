using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
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
