namespace Sakip.Domain.Common;

/// <summary>A domain rule was broken; the message is shown to the user in Bahasa Indonesia.</summary>
public sealed class DomainException(string message) : Exception(message);
