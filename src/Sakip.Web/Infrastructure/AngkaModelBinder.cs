using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sakip.Domain.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>Binds decimals typed the Indonesian way ("80,43", "2.555", "73%") and says clearly when a value is not a number.</summary>
internal sealed class AngkaModelBinder : IModelBinder
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
        if (Angka.TryParse(text, out var d, out var alasan)) ctx.Result = ModelBindingResult.Success(d);
        else ctx.ModelState.TryAddModelError(ctx.ModelName, alasan is null
            ? $"'{text}' bukan angka (contoh: 80,43 atau 2.555)."
            : $"'{text}' ditulis dengan format Inggris; {alasan}.");
        return Task.CompletedTask;
    }
}

internal sealed class AngkaModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
        => context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new AngkaModelBinder() : null;
}
