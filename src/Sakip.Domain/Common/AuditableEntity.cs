namespace Sakip.Domain.Common;

/// <summary>Base for everything users change: who created/changed it and when (set by the persistence layer).</summary>
public abstract class AuditableEntity
{
    public int Id { get; protected set; }
    public string? DibuatOleh { get; set; }
    public DateTimeOffset DibuatPada { get; set; }
    public string? DiubahOleh { get; set; }
    public DateTimeOffset? DiubahPada { get; set; }
}
