using System.Reflection;

namespace Modular.Notifications.Api;

/// <summary>Names this assembly for scanning (Scrutor, EF configurations) and architecture tests.</summary>
public static class AssemblyReference
{
    public static readonly Assembly Assembly = typeof(AssemblyReference).Assembly;
}
