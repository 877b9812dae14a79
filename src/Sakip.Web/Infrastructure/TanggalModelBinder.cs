using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sakip.Domain.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Binds dates typed the Indonesian way (17/08/2025) as well as the ISO form links send (2025-08-17), with
/// <see cref="Tanggal.TryBaca"/>; a date that cannot be read gets an Indonesian message next to its field.
/// </summary>
internal sealed class TanggalModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext ctx)
    {
        var value = ctx.ValueProvider.GetValue(ctx.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        ctx.ModelState.SetModelValue(ctx.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (ctx.ModelMetadata.IsReferenceOrNullableType) ctx.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (Tanggal.TryBaca(text, out var tanggal)) ctx.Result = ModelBindingResult.Success(tanggal);
        else ctx.ModelState.TryAddModelError(ctx.ModelName, Tanggal.PesanTidakTerbaca(text));
        return Task.CompletedTask;
    }
}

internal sealed class TanggalModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
        => context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new TanggalModelBinder() : null;
}
