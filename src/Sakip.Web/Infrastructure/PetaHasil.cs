using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// The one place where a use case's <see cref="Hasil"/> becomes an HTTP answer: Berhasil 200 (or the caller's redirect),
/// Ditolak 400 and Konflik 409 (the caller re-shows the form with the user's input, the reasons and the stored values),
/// Dilarang 403, TidakDitemukan 404 and TakTersimpan 507 (the explained status pages).
/// </summary>
public static class PetaHasil
{
    public static int Kode(StatusHasil status) => status switch
    {
        StatusHasil.Berhasil => StatusCodes.Status200OK,
        StatusHasil.Ditolak => StatusCodes.Status400BadRequest,
        StatusHasil.Konflik => StatusCodes.Status409Conflict,
        StatusHasil.Dilarang => StatusCodes.Status403Forbidden,
        StatusHasil.TidakDitemukan => StatusCodes.Status404NotFound,
        StatusHasil.TakTersimpan => StatusCodes.Status507InsufficientStorage,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// The answer that ends the action when the use case was forbidden, found nothing or could not store a file (403/404/507 pages); otherwise null, with the
    /// response status already set for a refusal (400) or a conflict (409) so that the caller re-shows its form.
    /// </summary>
    public static IActionResult? Hentikan(this ControllerBase controller, Hasil hasil)
    {
        switch (hasil.Status)
        {
            case StatusHasil.Dilarang: return controller.Forbid();
            case StatusHasil.TidakDitemukan: return controller.NotFound();
            // the server cannot store a file now (issue 17, finding 10): the explained 507 page with the use case's message
            case StatusHasil.TakTersimpan: return HalamanStatus.Tolak(controller.HttpContext, Kode(hasil.Status), hasil.Pesan);
            case StatusHasil.Ditolak or StatusHasil.Konflik:
                controller.Response.StatusCode = Kode(hasil.Status);
                return null;
            default: return null;
        }
    }
}
