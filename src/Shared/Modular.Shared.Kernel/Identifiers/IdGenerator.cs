namespace Modular.Shared.Kernel.Identifiers;

/// <summary>Time-ordered (v7) UUIDs: they index well and sort by creation.</summary>
public static class IdGenerator
{
    public static Guid NewId() => Guid.CreateVersion7();

    public static Guid NewId(DateTimeOffset timestamp) => Guid.CreateVersion7(timestamp);
}
