using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// The shape every typed-value binder shares: a blank field is null (or left unbound for a non-nullable value), a value that
/// reads is bound, one that does not gets the Indonesian message of <see cref="Baca"/> next to its field.
/// </summary>
internal abstract class PengikatTeks : IModelBinder
{
    /// <summary>Reads <paramref name="teks"/> (not blank): the value, or null with the message for the field.</summary>
    protected abstract (object? Nilai, string? Pesan) Baca(string teks);

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
        var (nilai, pesan) = Baca(text);
        if (pesan is null) ctx.Result = ModelBindingResult.Success(nilai);
        else ctx.ModelState.TryAddModelError(ctx.ModelName, pesan);
        return Task.CompletedTask;
    }
}
