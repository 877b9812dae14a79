using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Binds a yes/no field (a checkbox: "true", the hidden "false") and keeps what the form shows again a real yes/no (issue 17,
/// fuzz run). MVC's own binder kept a forged value such as <c>IngatSaya=89002</c> as the attempted value, and the checkbox
/// tag helper of the form shown again converted it to a boolean and threw: a 500 on <c>/Akun/Masuk</c>. Here a value that is
/// not true/false is a field error, and the value kept for the form is <c>false</c>; an empty value is false (null when nullable).
/// </summary>
internal sealed class BenarSalahModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext ctx)
    {
        var value = ctx.ValueProvider.GetValue(ctx.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            var kosong = ctx.ModelMetadata.IsReferenceOrNullableType ? (bool?)null : false;
            ctx.ModelState.SetModelValue(ctx.ModelName, kosong, kosong?.ToString());
            ctx.Result = ModelBindingResult.Success(kosong);
            return Task.CompletedTask;
        }
        if (bool.TryParse(text.Trim(), out var nilai))
        {
            ctx.ModelState.SetModelValue(ctx.ModelName, nilai, nilai.ToString());
            ctx.Result = ModelBindingResult.Success(nilai);
            return Task.CompletedTask;
        }
        ctx.ModelState.SetModelValue(ctx.ModelName, false, bool.FalseString);
        ctx.ModelState.TryAddModelError(ctx.ModelName, "Pilihan ya/tidak tidak dikenal. Muat ulang halaman lalu kirim kembali.");
        return Task.CompletedTask;
    }
}

internal sealed class BenarSalahModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
        => context.Metadata.UnderlyingOrModelType == typeof(bool) ? new BenarSalahModelBinder() : null;
}
