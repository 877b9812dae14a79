using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Rate limit of the login form per client IP (fixed window of one minute): <c>Keamanan:BatasMasukPerMenit</c> attempts
/// (default 10), then 429 with an Indonesian page until the minute is over. Together with the delay per account and
/// address (<see cref="GagalMasuk"/>: 5 failures) it slows password guessing across many accounts from one address.
/// </summary>
public static class BatasMasuk
{
    public const string Kebijakan = "masuk";
    public const string KunciKonfigurasi = "Keamanan:BatasMasukPerMenit";
    public const int Bawaan = 10;
    public static readonly TimeSpan Jendela = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddBatasMasuk(this IServiceCollection services, KeamananOptions keamanan)
    {
        var batas = keamanan.BatasMasukPerMenit;
        if (batas < 1) throw new InvalidOperationException($"{KunciKonfigurasi} harus minimal 1 (sekarang {batas}).");
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Kebijakan, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "tanpa-alamat",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = batas, Window = Jendela, QueueLimit = 0 }));
            o.OnRejected = TolakAsync;
        });
    }

    /// <summary>The one 429 page (Features/Shared/Status.cshtml, issue 18: one text, not two) with this limit's reason and Retry-After.</summary>
    public const string Alasan = "Terlalu banyak percobaan masuk dari alamat jaringan Anda dalam satu menit. Tunggu satu menit, lalu coba lagi.";

    private static async ValueTask TolakAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BatasMasuk).FullName!)
            .LogWarning("Login rate limit reached for {RemoteIp}", http.Connection.RemoteIpAddress);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = ((int)Jendela.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Items[HalamanStatus.KunciAlasan] = Alasan;
        var view = new ViewResult
        {
            ViewName = "/Features/Shared/Status.cshtml",
            StatusCode = StatusCodes.Status429TooManyRequests,
            ViewData = new ViewDataDictionary(http.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary())
            {
                Model = StatusCodes.Status429TooManyRequests,
            },
        };
        await view.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
    }
}
