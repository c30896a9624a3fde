namespace Modular.Shared.Application.Messaging;

/// <summary>The response of a command that has nothing to say beyond success.</summary>
public readonly record struct Unit
{
    public static readonly Unit Value;
}
