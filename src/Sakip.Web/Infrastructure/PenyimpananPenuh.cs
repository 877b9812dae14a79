using Microsoft.AspNetCore.Mvc.Filters;
using Sakip.Application.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// A file adapter could not write (disk full; issue 17, finding 10) and no use case turned it into its
/// <see cref="StatusHasil.TakTersimpan"/> (the previewed uploads waiting for Simpan): the adapter has already removed its partial
/// files; the action answers the same explained 507 page, and the exception is logged here once — handled inside MVC, so neither
/// the request log nor the exception handler logs it again as a 500.
/// </summary>
public sealed class PenyimpananPenuh(ILogger<PenyimpananPenuh> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.ExceptionHandled || context.Exception is not PenyimpananPenuhException e) return;
        logger.LogError(e, "A file could not be stored for {Path} (disk full: {Full})", context.HttpContext.Request.Path,
            e.InnerException is IOException io && PenyimpananPenuhException.DiskPenuh(io));
        context.Result = HalamanStatus.Tolak(context.HttpContext, PetaHasil.Kode(StatusHasil.TakTersimpan), e.Message);
        context.ExceptionHandled = true;
    }
}
