using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sakip.Domain.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Binds dates typed the Indonesian way (17/08/2025) as well as the ISO form links send (2025-08-17), with
/// <see cref="Tanggal.TryBaca"/>; a date that cannot be read gets an Indonesian message next to its field.
/// </summary>
internal sealed class TanggalModelBinder : PengikatTeks
{
    protected override (object? Nilai, string? Pesan) Baca(string teks)
        => Tanggal.TryBaca(teks, out var tanggal) ? (tanggal, null) : (null, Tanggal.PesanTidakTerbaca(teks));
}

internal sealed class TanggalModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
        => context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new TanggalModelBinder() : null;
}
