using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Sakip.Application.Audit;
using Sakip.Application.Common;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Identity;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// Fills the audit columns (who, when) of every changed <see cref="AuditableEntity"/>, and writes one
/// <see cref="JejakPerubahan"/> per added, changed or deleted row of every entity (secrets of Identity left out) in the same
/// transaction as the change: the rows are collected before the save, and written once the database has assigned the keys.
/// Rows a database cascade would remove unseen are loaded and deleted by EF first, so they are logged too (MuatTanggunganAsync).
/// </summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider clock, SumberPerubahan? sumber = null) : SaveChangesInterceptor
{
    /// <summary>
    /// Columns never copied into the log: password hashes, security and concurrency stamps, token values (a changed token value —
    /// a new authenticator key, new or used recovery codes — is logged as <see cref="RahasiaDiganti"/>), the audit columns themselves.
    /// </summary>
    private static readonly HashSet<string> Dikecualikan =
    [
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp),
        nameof(IdentityUserToken<string>.Value),
        nameof(LaporanFinal.IsiPdf), nameof(LaporanFinal.IsiWord), nameof(LaporanFinal.IsiExcel), // a final LAKIN's files: its row (version, who, reason) is logged, never its bytes
        nameof(AuditableEntity.DibuatOleh), nameof(AuditableEntity.DibuatPada), nameof(AuditableEntity.DiubahOleh), nameof(AuditableEntity.DiubahPada),
    ];

    private const int PanjangNilaiMaksimum = 2000;

    /// <summary>Old and new value of a changed token (authenticator key, recovery codes): the log says it changed, not what it was.</summary>
    public const string RahasiaDiganti = "(rahasia, tidak dicatat)";

    private List<Tertunda>? _tertunda;
    private IDbContextTransaction? _transaksi;
    private bool _menulisJejak;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } konteks && !_menulisJejak && AdaYangDihapus(konteks))
        {
            // dependents the database would remove by cascade are loaded first, in the save's transaction, so they are logged too
            if (konteks.Database.CurrentTransaction is null) _transaksi = konteks.Database.BeginTransaction();
            try
            {
                MuatTanggunganAsync(konteks, asinkron: false, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch
            {
                Batal();
                throw;
            }
        }
        if (Sebelum(eventData.Context) is { } db && _tertunda is { Count: > 0 } && db.Database.CurrentTransaction is null)
            _transaksi = db.Database.BeginTransaction();
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } konteks && !_menulisJejak && AdaYangDihapus(konteks))
        {
            if (konteks.Database.CurrentTransaction is null) _transaksi = await konteks.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await MuatTanggunganAsync(konteks, asinkron: true, cancellationToken);
            }
            catch
            {
                Batal();
                throw;
            }
        }
        if (Sebelum(eventData.Context) is { } db && _tertunda is { Count: > 0 } && db.Database.CurrentTransaction is null)
            _transaksi = await db.Database.BeginTransactionAsync(cancellationToken);
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static bool AdaYangDihapus(DbContext context)
        => context.ChangeTracker.Entries().Any(e => e.State == EntityState.Deleted && e.Entity is not (JejakPerubahan or JejakRealisasi));

    private static readonly MethodInfo SetTanpaNama = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;
    private static readonly MethodInfo SetBernama = typeof(DbContext).GetMethod(nameof(DbContext.Set), [typeof(string)])!;
    private static readonly MethodInfo Muat = typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.Load))!;
    private static readonly MethodInfo MuatAsinkron = typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.LoadAsync))!;

    /// <summary>
    /// Rows removed (or set to null) by a database cascade are not in the change tracker unless loaded, and so would be
    /// missing from the log. Before the save, the dependents of every deleted row along a <see cref="DeleteBehavior.Cascade"/>
    /// or <see cref="DeleteBehavior.SetNull"/> foreign key are loaded (level by level, until no new row is deleted) and EF's
    /// cascade is applied to them, so each becomes a tracked Deleted (or Modified) entry that <see cref="Kumpulkan"/> logs and
    /// EF deletes itself. Collections already loaded are not queried again. Not covered: ExecuteDelete and raw SQL (they
    /// bypass SaveChanges altogether).
    /// </summary>
    private static async Task MuatTanggunganAsync(DbContext context, bool asinkron, CancellationToken ct)
    {
        var sudah = new HashSet<object>(ReferenceEqualityComparer.Instance);
        while (true)
        {
            var dihapus = context.ChangeTracker.Entries()
                .Where(e => e.State == EntityState.Deleted && e.Entity is not (JejakPerubahan or JejakRealisasi) && sudah.Add(e.Entity)).ToList();
            if (dihapus.Count == 0) return;
            foreach (var grup in dihapus.GroupBy(e => e.Metadata))
            {
                foreach (var fk in grup.Key.GetReferencingForeignKeys())
                {
                    if (fk.IsOwnership || fk.DeleteBehavior is not (DeleteBehavior.Cascade or DeleteBehavior.SetNull)) continue;
                    var belum = grup.Where(e => fk.PrincipalToDependent is not { } nav || !e.Navigation(nav.Name).IsLoaded).ToList();
                    foreach (var potongan in belum.Chunk(fk.Properties.Count == 1 ? 500 : 50))
                    {
                        var kueri = KueriTanggungan(context, fk, potongan);
                        var muat = (asinkron ? MuatAsinkron : Muat).MakeGenericMethod(kueri.ElementType);
                        if (asinkron) await (Task)muat.Invoke(null, [kueri, ct])!;
                        else muat.Invoke(null, [kueri]);
                    }
                }
            }
            context.ChangeTracker.CascadeChanges(); // the loaded dependents of deleted rows become Deleted (or get null)
        }
    }

    /// <summary>The tracking query for the dependents, along <paramref name="fk"/>, of the given deleted principals.</summary>
    private static IQueryable KueriTanggungan(DbContext context, IForeignKey fk, IReadOnlyList<EntityEntry> induk)
    {
        var jenis = fk.DeclaringEntityType;
        var clr = jenis.ClrType;
        var set = (IQueryable)(jenis.HasSharedClrType
            ? SetBernama.MakeGenericMethod(clr).Invoke(context, [jenis.Name])
            : SetTanpaNama.MakeGenericMethod(clr).Invoke(context, null))!;
        var x = Expression.Parameter(clr, "x");
        Expression Kolom(IReadOnlyProperty p) => Expression.Call(typeof(EF), nameof(EF.Property), [p.ClrType], x, Expression.Constant(p.Name));
        object? Nilai(EntityEntry e, IReadOnlyProperty kunci) => e.Property(kunci.Name).OriginalValue ?? e.Property(kunci.Name).CurrentValue;
        Expression badan;
        if (fk.Properties.Count == 1)
        {
            var p = fk.Properties[0];
            var nilai = Array.CreateInstance(p.ClrType, induk.Count);
            for (var i = 0; i < induk.Count; i++) nilai.SetValue(Nilai(induk[i], fk.PrincipalKey.Properties[0]), i);
            badan = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [p.ClrType], Expression.Constant(nilai), Kolom(p));
        }
        else
        {
            badan = induk.Select(e => fk.Properties
                    .Select((p, i) => (Expression)Expression.Equal(Kolom(p), Expression.Constant(Nilai(e, fk.PrincipalKey.Properties[i]), p.ClrType)))
                    .Aggregate(Expression.AndAlso))
                .Aggregate(Expression.OrElse);
        }
        var saring = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [clr], set.Expression, Expression.Quote(Expression.Lambda(badan, x)));
        var lacak = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsTracking), [clr], saring);
        return set.Provider.CreateQuery(lacak);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Jejak(eventData.Context) is { } db)
        {
            try
            {
                _menulisJejak = true;
                db.SaveChanges();
            }
            catch
            {
                Batal();
                throw;
            }
            finally
            {
                _menulisJejak = false;
            }
            _transaksi?.Commit();
            Selesai();
        }
        return base.SavedChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Jejak(eventData.Context) is { } db)
        {
            try
            {
                _menulisJejak = true;
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                Batal();
                throw;
            }
            finally
            {
                _menulisJejak = false;
            }
            if (_transaksi is not null) await _transaksi.CommitAsync(cancellationToken);
            Selesai();
        }
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (!_menulisJejak) Batal();
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!_menulisJejak) Batal();
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        if (!_menulisJejak) Batal();
        base.SaveChangesCanceled(eventData);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!_menulisJejak) Batal();
        return base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    /// <summary>Stamps the audit columns and collects what the log will record; null when nothing is to be logged (or while the log itself is written).</summary>
    private DbContext? Sebelum(DbContext? context)
    {
        if (context is null || _menulisJejak) return null;
        Stamp(context);
        _tertunda = Kumpulkan(context);
        return context;
    }

    private void Stamp(DbContext context)
    {
        var now = clock.GetUtcNow();
        var who = currentUser.UserName ?? "sistem";
        foreach (var e in context.ChangeTracker.Entries<AuditableEntity>())
        {
            if (e.State == EntityState.Added)
            {
                e.Entity.DibuatOleh = who;
                e.Entity.DibuatPada = now;
            }
            else if (e.State == EntityState.Modified)
            {
                e.Entity.DiubahOleh = who;
                e.Entity.DiubahPada = now;
            }
        }
    }

    private static List<Tertunda> Kumpulkan(DbContext context)
    {
        var hasil = new List<Tertunda>();
        var satker = new PetaSatker(context);
        foreach (var e in context.ChangeTracker.Entries().ToList())
        {
            if (e.Entity is JejakPerubahan or JejakRealisasi) continue; // audit records themselves
            if (e.Entity is VersiReferensi) continue; // the cache mark of the instances, not data anybody changed
            if (e.Entity is DataProtectionKey) continue; // the key ring: its XML is key material, never copied into the log
            var aksi = e.State switch
            {
                EntityState.Added => JejakPerubahan.AksiTambah,
                EntityState.Modified => JejakPerubahan.AksiUbah,
                EntityState.Deleted => JejakPerubahan.AksiHapus,
                _ => null,
            };
            if (aksi is null) continue;
            var perubahan = new List<PerubahanProperti>();
            foreach (var p in e.Properties)
            {
                if (e.Entity is IdentityUserToken<string> && p.Metadata.Name == nameof(IdentityUserToken<string>.Value))
                {
                    // an authenticator key or the recovery codes: that the secret changed is logged, never the secret itself
                    if (e.State == EntityState.Modified && p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                        perubahan.Add(new PerubahanProperti(p.Metadata.Name, RahasiaDiganti, RahasiaDiganti));
                    continue;
                }
                if (Dikecualikan.Contains(p.Metadata.Name)) continue;
                if (p.IsTemporary) continue; // a key the database has not assigned yet; the log's key column records it
                var lama = e.State == EntityState.Added ? null : Teks(p.OriginalValue);
                var baru = e.State == EntityState.Deleted ? null : Teks(p.CurrentValue);
                if (e.State == EntityState.Modified && (!p.IsModified || lama == baru)) continue;
                if (e.State != EntityState.Modified && lama is null && baru is null) continue;
                perubahan.Add(new PerubahanProperti(p.Metadata.Name, lama, baru));
            }
            if (e.State == EntityState.Modified && perubahan.Count == 0) continue; // only excluded columns changed (e.g. a new security stamp)
            hasil.Add(new Tertunda(e, NamaEntitas(e), aksi, perubahan, satker.Dari(e), e.State == EntityState.Added ? null : Kunci(e)));
        }
        return hasil;
    }

    /// <summary>Adds the collected log rows now that keys are known; the context to save them with, or null when there are none.</summary>
    private DbContext? Jejak(DbContext? context)
    {
        if (context is null || _menulisJejak || _tertunda is not { Count: > 0 } tertunda) return null;
        var waktu = clock.GetUtcNow().UtcDateTime;
        var pengguna = currentUser.UserName ?? "sistem";
        var asal = sumber?.Teks ?? SumberPerubahan.Formulir;
        var ip = Potong(currentUser.AlamatIp, 100);
        var korelasi = Potong(currentUser.IdKorelasi, 100);
        var set = context.Set<JejakPerubahan>();
        if (sumber?.MemuatDataAwal == true)
        {
            var ringkas = tertunda.GroupBy(t => t.Jenis).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PerubahanProperti(g.Key, null, g.Count().ToString(CultureInfo.InvariantCulture) + " baris")).ToList();
            set.Add(new JejakPerubahan(waktu, pengguna, "DataAwal", "-", JejakPerubahan.AksiTambah, JsonSerializer.Serialize(ringkas), null, ip, korelasi, asal));
        }
        else
        {
            foreach (var t in tertunda)
            {
                var kunci = t.Kunci ?? Kunci(t.Entry); // an added row's key is known only now
                set.Add(new JejakPerubahan(waktu, pengguna, t.Jenis, Potong(kunci, 100) ?? "", t.Aksi, JsonSerializer.Serialize(t.Perubahan), t.SatkerId, ip, korelasi, asal));
            }
        }
        _tertunda = null;
        return context;
    }

    private void Selesai()
    {
        _transaksi?.Dispose();
        _transaksi = null;
        _tertunda = null;
    }

    private void Batal()
    {
        _transaksi?.Rollback();
        Selesai();
    }

    /// <summary>Entity names as the log shows them: the class name, with Identity's tables named in Indonesian.</summary>
    private static string NamaEntitas(EntityEntry e) => e.Entity switch
    {
        ApplicationUser => "Pengguna",
        IdentityRole => "Peran",
        IdentityUserRole<string> => "PeranPengguna",
        IdentityUserClaim<string> => "KlaimPengguna",
        IdentityRoleClaim<string> => "KlaimPeran",
        IdentityUserLogin<string> => "LoginPengguna",
        IdentityUserToken<string> => "TokenPengguna",
        _ => e.Metadata.ClrType.Name,
    };

    private static string Kunci(EntityEntry e)
        => string.Join(",", e.Metadata.FindPrimaryKey()?.Properties.Select(p => Teks(e.Property(p.Name).CurrentValue ?? e.Property(p.Name).OriginalValue)) ?? []);

    /// <summary>
    /// The satker of a row: its own SatkerId, or that of its tracked parent (a target's PK, a breakdown's realisation), found
    /// through one index of the tracked rows per parent type (large saves stay linear).
    /// </summary>
    private sealed class PetaSatker(DbContext context)
    {
        private readonly Dictionary<Microsoft.EntityFrameworkCore.Metadata.IEntityType, Dictionary<object, int>> _indeks = [];

        private static int? Sendiri(EntityEntry x) => x.Metadata.FindProperty("SatkerId") is { } p
            ? (x.Property(p.Name).CurrentValue ?? x.Property(p.Name).OriginalValue) as int?
            : null;

        public int? Dari(EntityEntry e)
        {
            if (Sendiri(e) is { } id) return id;
            foreach (var fk in e.Metadata.GetForeignKeys())
            {
                if (fk.Properties.Count != 1 || fk.PrincipalKey.Properties.Count != 1 || fk.PrincipalEntityType.FindProperty("SatkerId") is null) continue;
                var p = fk.Properties[0].Name;
                if ((e.Property(p).CurrentValue ?? e.Property(p).OriginalValue) is not { } nilai) continue;
                if (Indeks(fk.PrincipalEntityType, fk.PrincipalKey.Properties[0].Name).TryGetValue(nilai, out var s)) return s;
            }
            return null;
        }

        private Dictionary<object, int> Indeks(Microsoft.EntityFrameworkCore.Metadata.IEntityType jenis, string kunci)
        {
            if (_indeks.TryGetValue(jenis, out var d)) return d;
            d = [];
            foreach (var x in context.ChangeTracker.Entries().Where(x => x.Metadata == jenis))
                if (x.Property(kunci).CurrentValue is { } k && Sendiri(x) is { } s) d[k] = s;
            return _indeks[jenis] = d;
        }
    }

    private static string? Teks(object? nilai) => Potong(nilai switch
    {
        null => null,
        string s => s,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.############################", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => nilai.ToString(),
    }, PanjangNilaiMaksimum);

    private static string? Potong(string? s, int panjang) => s is null || s.Length <= panjang ? s : s[..panjang] + "…";

    private sealed record Tertunda(EntityEntry Entry, string Jenis, string Aksi, List<PerubahanProperti> Perubahan, int? SatkerId, string? Kunci);
}
