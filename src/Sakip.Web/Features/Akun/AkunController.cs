using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sakip.Infrastructure.Identity;

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

public sealed class AkunController(SignInManager<ApplicationUser> signIn, ILogger<AkunController> logger) : Controller
{
    [HttpGet]
    [AllowAnonymous]
    public IActionResult Masuk(string? returnUrl = null) => View(new MasukModel { ReturnUrl = returnUrl });

    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting(Sakip.Web.Infrastructure.BatasMasuk.Kebijakan)]
    public async Task<IActionResult> Masuk(MasukModel model)
    {
        if (!ModelState.IsValid) return View(model);
        var result = await signIn.PasswordSignInAsync(model.Email, model.KataSandi, model.IngatSaya, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {Email} signed in", model.Email);
            return Url.IsLocalUrl(model.ReturnUrl) ? LocalRedirect(model.ReturnUrl) : RedirectToAction("Index", "Beranda");
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("User {Email} locked out", model.Email);
            ModelState.AddModelError("", "Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam 15 menit.");
        }
        else
        {
            ModelState.AddModelError("", "Email atau kata sandi salah.");
        }
        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Keluar()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Masuk));
    }

    [HttpGet]
    [AllowAnonymous]
    public IActionResult AksesDitolak()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
