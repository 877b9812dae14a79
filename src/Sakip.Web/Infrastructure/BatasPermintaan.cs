using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Sakip.Application.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>The kinds of upload, each with its own size limit.</summary>
public enum JenisUnggahan
{
    /// <summary>An Excel template (realisation, budget, users): <see cref="BatasUnggahan.UkuranMaksimum"/>.</summary>
    Excel,
    /// <summary>An evidence file: <see cref="BatasDataDukung"/> (configured, <c>Berkas:DataDukungMaksimumMB</c>).</summary>
    DataDukung,
}

/// <summary>
/// The request limits of an upload action (issue 17, finding 7), in place of <c>[RequestSizeLimit]</c> and
/// <c>[RequestFormLimits]</c>, whose limits must be constants: the request body (the server's limit, Kestrel) and the
/// multipart body may be the file's limit plus <see cref="BatasUnggahan.CadanganPermintaan"/>. The file's limit is kept on the
/// request (<see cref="KunciBatas"/>) so that a refusal names it ("melebihi batas 20 MB"); the refusal itself is
/// <see cref="FormulirAman"/>'s, or the exception handler's when the server stops the body (<see cref="HalamanStatus"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BatasPermintaanAttribute(JenisUnggahan jenis) : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>The file limit of the current request (a long, in bytes), for the 413 page.</summary>
    public const string KunciBatas = "Sakip.BatasBerkas";

    /// <summary>Where <c>[RequestSizeLimit]</c> runs: before <see cref="FormulirAman"/> and antiforgery read the form.</summary>
    public int Order => 900;

    public bool IsReusable => true;

    public JenisUnggahan Jenis => jenis;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) => new Filter(jenis switch
    {
        JenisUnggahan.DataDukung => serviceProvider.GetRequiredService<BatasDataDukung>().UkuranMaksimum,
        _ => BatasUnggahan.UkuranMaksimum,
    });

    private sealed class Filter(long berkas) : IAuthorizationFilter, IOrderedFilter
    {
        public int Order => 900;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            var permintaan = berkas + BatasUnggahan.CadanganPermintaan;
            http.Items[KunciBatas] = berkas;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
                server.MaxRequestBodySize = permintaan;
            if (http.Features.Get<IFormFeature>()?.Form is null)
                http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = permintaan, ValueCountLimit = BatasFormulir.IsianMaksimum }));
        }
    }
}
