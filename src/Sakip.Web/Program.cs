using Sakip.Infrastructure;
using Sakip.Web;
using Sakip.Web.Infrastructure;
using Serilog;

// Operator commands (backup/restore of the SQLite database) run instead of the web host: see README, Operasional.
if (PerintahBasisData.Dikenali(args))
{
    Environment.ExitCode = PerintahBasisData.Jalankan(args);
    return;
}

// Start-up logger until the host configures Serilog from appsettings (a plain logger, so several test hosts may run in one process).
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddLogging();
    builder.AddInfrastructureServices();
    builder.AddWebServices();

    var app = builder.Build();
    await app.Services.InitialiseDatabaseAsync();
    app.UseWebPipeline();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Sakip.Web stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
