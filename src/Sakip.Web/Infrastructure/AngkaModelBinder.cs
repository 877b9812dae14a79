using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sakip.Domain.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>Binds decimals typed the Indonesian way ("80,43", "2.555", "73%") and says clearly when a value is not a number.</summary>
internal sealed class AngkaModelBinder : PengikatTeks
{
    protected override (object? Nilai, string? Pesan) Baca(string teks)
        => Angka.TryParse(teks, out var d, out var alasan) ? (d, null)
            : (null, alasan is null ? $"'{teks}' bukan angka (contoh: 80,43 atau 2.555)." : $"'{teks}' ditulis dengan format Inggris; {alasan}.");
}

internal sealed class AngkaModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
        => context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new AngkaModelBinder() : null;
}
