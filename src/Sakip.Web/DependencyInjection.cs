using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Sakip.Application.Common;
using Sakip.Web.Infrastructure;
using Serilog;

namespace Sakip.Web;

public static class DependencyInjection
{
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host logs through its own logger (disposed, and so flushed, with the host) instead of
        // replacing the static Log.Logger — otherwise the last host started in a process would receive every host's logs.
        builder.Services.AddSerilog((sp, lc) => lc
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(sp)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        // On SIGTERM (docker stop) requests in flight get this long to finish; Program.cs then flushes Serilog.
        builder.Services.Configure<HostOptions>(o =>
            o.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("shutdownTimeoutSeconds", 30)));
        return builder;
    }

    public static WebApplicationBuilder AddWebServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var keamanan = KeamananOptions.Dari(builder.Configuration);
        Sesi.PeriksaDuaLangkahWajib(keamanan);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(keamanan));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(InstansiOptions.Dari(builder.Configuration)));
        var cookieAman = Transport.KebijakanCookie(keamanan, builder.Environment);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IAksesSatker, AksesSatker>();

        services.AddControllersWithViews(o =>
        {
            // Every page requires a signed-in user unless it says [AllowAnonymous]; every POST checks antiforgery.
            o.Filters.Add(new AuthorizeFilter(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()));
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add(new ParameterDikenal());
            o.Filters.Add(new FormulirAman()); // control characters, broken or oversized forms: 400/413 with the reason (issue 17)
            o.Filters.Add<PenyimpananPenuh>(); // a file that cannot be stored now (disk full): the explained 507, logged once (issue 17, finding 10)
            o.ModelBinderProviders.Insert(0, new AngkaModelBinderProvider());
            o.ModelBinderProviders.Insert(0, new TanggalModelBinderProvider()); // 17/08/2025 as typed, or ISO from links (issue 18)
            o.ModelBinderProviders.Insert(0, new BenarSalahModelBinderProvider()); // a forged yes/no never reaches a checkbox shown again (issue 17)
            // a budget of thousands of lines, a PK grid of many indicators × satker (issue 16): beyond MVC's 1.024 items
            o.MaxModelBindingCollectionSize = BatasFormulir.BarisMaksimum;
            // Rules are checked by the domain with Indonesian messages; no implicit English "field is required".
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            var m = o.ModelBindingMessageProvider;
            m.SetValueMustNotBeNullAccessor(_ => "Isian ini wajib diisi.");
            m.SetMissingBindRequiredValueAccessor(f => $"Isian {f} wajib diisi.");
            m.SetAttemptedValueIsInvalidAccessor((v, _) => $"'{v}' tidak valid.");
            m.SetValueIsInvalidAccessor(v => $"'{v}' tidak valid.");
            m.SetValueMustBeANumberAccessor(f => $"Isian {f} harus berupa angka.");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"'{v}' tidak valid.");
            m.SetUnknownValueIsInvalidAccessor(f => $"Isian {f} tidak valid.");
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Isian tidak valid.");
            m.SetMissingRequestBodyRequiredValueAccessor(() => "Data formulir tidak ada.");
            m.SetMissingKeyOrValueAccessor(() => "Isian wajib diisi.");
            m.SetNonPropertyValueMustBeANumberAccessor(() => "Isian harus berupa angka.");
        });
        // ASP.NET reads at most 1.024 form values by default: a budget form of about 140 lines was refused (issue 16)
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueCountLimit = BatasFormulir.IsianMaksimum);
        services.Configure<RazorViewEngineOptions>(o =>
        {
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Akun/Masuk";
            o.LogoutPath = "/Akun/Keluar";
            o.AccessDeniedPath = "/Akun/AksesDitolak";
            o.Cookie.Name = "sakip.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = cookieAman;
            // Idle timeout (issue 14): the cookie expires after Keamanan:BatasDiamMenit without a request (renewed on use).
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = Sesi.BatasDiam(keamanan);
            // Every request: the user exists in this database, is active and carries the current security stamp (Sesi).
            o.Events.OnValidatePrincipal = Sesi.PeriksaAsync;
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                // A forbidden action answers 403; the status-code page explains it in Bahasa Indonesia.
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // The cookies of the second sign-in step (issue 14): who passed the password step (5 minutes), and "remember this
        // device", whose stamp is checked on every use like the sign-in cookie's.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "sakip.2fa";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = cookieAman;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o =>
        {
            o.Cookie.Name = "sakip.2fa.ingat";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = cookieAman;
            o.Events.OnValidatePrincipal = Sesi.PeriksaIngatPerangkatAsync;
        });
        // Claims (roles, satker, name) of a valid cookie are rebuilt this often; the stamp itself is checked on every request.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = Sesi.IntervalKlaim);
        services.AddSingleton(sp => GagalMasuk.Dari(keamanan, sp.GetRequiredService<TimeProvider>()));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sakip.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = cookieAman;
        });
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = cookieAman;
        });
        services.AddTransport(builder.Configuration, builder.Environment, keamanan);
        services.AddBatasMasuk(keamanan);
        return builder;
    }

    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        // Host filtering itself runs before everything below (the web host's startup filter), from Transport.HostDiizinkan.
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing")
            && Transport.HostDiizinkan(app.Configuration, app.Environment).Contains("*"))
            app.Logger.LogWarning("AllowedHosts is \"*\": any Host header is accepted and may be reflected in redirects; set the site's host name");
        // Client IP and scheme from a trusted reverse proxy first, then the correlation id, so every later log line carries both.
        app.UseForwardedHeaders();
        app.UseMiddleware<IdKorelasi>();
        app.UseMiddleware<HeaderKeamanan>(); // added when the response starts: redirects and error pages get them too
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                // the friendly page, never a stack trace; the middleware logs the exception (with the correlation id, pushed above)
                ExceptionHandlingPath = "/Beranda/Galat",
                // a request the server or the form reader could not read is the client's 400/413, explained, not a 500 (issue 17)
                StatusCodeSelector = e => HalamanStatus.Kode(e) ?? StatusCodes.Status500InternalServerError,
            });
        if (Transport.WajibHttps(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KeamananOptions>>().Value, app.Environment))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetService<Serilog.ILogger>(); // this host's logger, not the static one
            o.EnrichDiagnosticContext = (diag, http) => diag.Set(IdKorelasi.Properti, http.TraceIdentifier);
        });
        app.UseStatusCodePagesWithReExecute("/Beranda/Status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(Sesi.WajibGantiSandi); // a temporary password must be changed first (issue 14)
        app.Use(Sesi.WajibDuaLangkah); // then two-step sign-in set up, where Keamanan:DuaLangkahWajib requires it
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Beranda}/{action=Index}/{id?}");
        return app;
    }
}
