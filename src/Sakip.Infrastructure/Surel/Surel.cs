using System.Net;
using System.Net.Mail;
using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sakip.Application.Common;
using Sakip.Application.Pengguna;

namespace Sakip.Infrastructure.Surel;

/// <summary>
/// The optional mail server (section <c>Surel</c>): off unless <see cref="Host"/> is set. <c>Surel__Host</c>, <c>Surel__Port</c>
/// (587), <c>Surel__Ssl</c> (true), <c>Surel__Pengguna</c>/<c>Surel__Sandi</c> (when the server asks), <c>Surel__Pengirim</c> (the
/// From address), <c>Surel__AlamatAplikasi</c> (the app's public address, for the link in the message).
/// </summary>
public sealed class SurelOptions
{
    public const string Bagian = "Surel";
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool Ssl { get; set; } = true;
    public string? Pengguna { get; set; }
    public string? Sandi { get; set; }
    public string Pengirim { get; set; } = "sakip@localhost";
    public string? AlamatAplikasi { get; set; }
    public bool Aktif => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Sends one message (the SMTP adapter; replaced in tests).</summary>
public interface IKirimSurel
{
    Task KirimAsync(IReadOnlyList<string> kepada, string subjek, string isi, CancellationToken ct);
}

internal sealed class KirimSurelSmtp(IOptions<SurelOptions> opsi) : IKirimSurel
{
    public async Task KirimAsync(IReadOnlyList<string> kepada, string subjek, string isi, CancellationToken ct)
    {
        var o = opsi.Value;
        using var klien = new SmtpClient(o.Host!, o.Port) { EnableSsl = o.Ssl, Timeout = 30_000 };
        if (!string.IsNullOrEmpty(o.Pengguna)) klien.Credentials = new NetworkCredential(o.Pengguna, o.Sandi);
        using var pesan = new MailMessage { From = new MailAddress(o.Pengirim), Subject = subjek, Body = isi, BodyEncoding = System.Text.Encoding.UTF8, SubjectEncoding = System.Text.Encoding.UTF8 };
        foreach (var k in kepada) pesan.To.Add(k);
        await klien.SendMailAsync(pesan, ct);
    }
}

/// <summary>
/// The queue between a stored change and its e-mail: the use case only writes to it (never waits, never fails); a full queue
/// (the mail server long gone) drops the message with a log line.
/// </summary>
public sealed class AntreanSurel(ILogger<AntreanSurel> log) : IPemberitahuanSatker
{
    private readonly Channel<PemberitahuanPengembalian> _antrean = Channel.CreateBounded<PemberitahuanPengembalian>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    internal ChannelReader<PemberitahuanPengembalian> Pembaca => _antrean.Reader;

    public void Dikembalikan(PemberitahuanPengembalian p)
    {
        if (!_antrean.Writer.TryWrite(p))
            log.LogWarning("E-mail queue full: the return notice for satker {Satker} {Periode} {Tahun} was not sent", p.SatkerId, p.Periode, p.Tahun);
    }
}

/// <summary>Sends the queued notices to the active admins of each satker; a failure is logged and the next notice goes on.</summary>
internal sealed class PengirimSurelLatar(AntreanSurel antrean, IServiceScopeFactory lingkup, IKirimSurel kirim, IOptions<SurelOptions> opsi,
    ILogger<PengirimSurelLatar> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var p in antrean.Pembaca.ReadAllAsync(stoppingToken))
        {
            try
            {
                IReadOnlyList<string> kepada;
                await using (var scope = lingkup.CreateAsyncScope())
                {
                    var akun = await scope.ServiceProvider.GetRequiredService<IAkunPengguna>().DaftarAsync(stoppingToken);
                    kepada = akun.Where(a => a.SatkerId == p.SatkerId && a.Aktif && a.Peran == Peran.AdminSatker).Select(a => a.Email).ToList();
                }
                if (kepada.Count == 0)
                {
                    log.LogInformation("No active admin of satker {Satker} to e-mail the return notice to", p.SatkerId);
                    continue;
                }
                await kirim.KirimAsync(kepada, p.Subjek, p.Isi(opsi.Value.AlamatAplikasi), stoppingToken);
                log.LogInformation("Return notice for satker {Satker} {Periode} {Tahun} e-mailed to {Jumlah} admin(s)", p.SatkerId, p.Periode, p.Tahun, kepada.Count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "The return notice for satker {Satker} {Periode} {Tahun} could not be e-mailed; the change itself is stored", p.SatkerId, p.Periode, p.Tahun);
            }
        }
    }
}

public static class SurelServiceCollectionExtensions
{
    /// <summary>E-mail notices when <c>Surel:Host</c> is set; otherwise <see cref="TanpaPemberitahuan"/> (nothing is sent).</summary>
    public static IServiceCollection AddSurel(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<SurelOptions>().Bind(config.GetSection(SurelOptions.Bagian));
        if (config.GetSection(SurelOptions.Bagian).Get<SurelOptions>() is not { Aktif: true })
        {
            services.AddSingleton<IPemberitahuanSatker, TanpaPemberitahuan>();
            return services;
        }
        services.AddSingleton<AntreanSurel>();
        services.AddSingleton<IPemberitahuanSatker>(sp => sp.GetRequiredService<AntreanSurel>());
        services.AddSingleton<IKirimSurel, KirimSurelSmtp>();
        services.AddHostedService<PengirimSurelLatar>();
        return services;
    }
}
