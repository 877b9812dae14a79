using System.Text.RegularExpressions;
using Serilog.Context;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Correlation id of a request: a valid incoming <c>X-Correlation-ID</c> (from a reverse proxy or a caller) is kept, otherwise
/// one is generated. It becomes <see cref="HttpContext.TraceIdentifier"/> (the audit trail reads it there), is returned in the
/// response header, and every log line written during the request carries it as the Serilog property <c>CorrelationId</c>.
/// </summary>
public sealed partial class IdKorelasi(RequestDelegate next)
{
    public const string Header = "X-Correlation-ID";
    public const string Properti = "CorrelationId";

    /// <summary>Letters, digits and . _ : - only, at most 64: nothing that could forge a log line or a header.</summary>
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex Sah();

    public static bool Valid(string? id) => id is not null && Sah().IsMatch(id);

    public async Task InvokeAsync(HttpContext context)
    {
        var masuk = context.Request.Headers[Header].ToString();
        var id = Valid(masuk) ? masuk : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        context.Response.OnStarting(static state =>
        {
            var ctx = (HttpContext)state;
            ctx.Response.Headers[Header] = ctx.TraceIdentifier;
            return Task.CompletedTask;
        }, context);
        using (LogContext.PushProperty(Properti, id))
            await next(context);
    }
}
