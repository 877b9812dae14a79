using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Unknown periods and years are never read as something else (issue 17, finding 12): a value of an enumeration parameter
/// that is not one of its values (<c>periode=99</c>, <c>periode=abc</c>) answers 400, and a year outside
/// <see cref="TahunTerkecil"/>–<see cref="TahunTerbesar"/> (<c>tahun=1900</c>, <c>tahun=2147483647</c>) answers 404, both
/// with the explained status page, before any use case runs. Before, the binder left the parameter at its default
/// (an evidence file was saved as "Tahunan") and the LAKIN of year 1900 came back as an empty report.
/// </summary>
internal sealed class ParameterDikenal : IActionFilter
{
    /// <summary>The years the app knows, one rule with the creation of a year (<see cref="Sakip.Domain.Common.Tanggal.TahunTerkecil"/>).</summary>
    public const int TahunTerkecil = Sakip.Domain.Common.Tanggal.TahunTerkecil, TahunTerbesar = Sakip.Domain.Common.Tanggal.TahunTerbesar;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        foreach (var p in context.ActionDescriptor.Parameters)
        {
            var jenis = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
            if (jenis.IsEnum && context.ModelState.TryGetValue(p.Name, out var isian) && isian.Errors.Count > 0)
            {
                context.Result = new BadRequestResult();
                return;
            }
            if (jenis == typeof(int) && string.Equals(p.Name, "tahun", StringComparison.OrdinalIgnoreCase)
                && context.ActionArguments.TryGetValue(p.Name, out var nilai) && nilai is int tahun
                && (tahun < TahunTerkecil || tahun > TahunTerbesar))
            {
                context.Result = new NotFoundResult();
                return;
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context) { }
}
