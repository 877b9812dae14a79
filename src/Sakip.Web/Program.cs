using Sakip.Infrastructure;
using Sakip.Web;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

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
