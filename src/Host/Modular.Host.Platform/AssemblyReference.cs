using System.Reflection;

namespace Modular.Host.Platform;

/// <summary>Names this assembly for the architecture tests.</summary>
internal static class AssemblyReference
{
    public static readonly Assembly Assembly = typeof(AssemblyReference).Assembly;
}
