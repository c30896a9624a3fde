using System.Reflection;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// The folders (namespaces) under one root depend on each other without a circle, so each can be read, tested and
/// changed from the bottom up. An edge A → B means some type of A uses a type of B (NetArchTest reads the IL).
/// </summary>
internal static class NamespaceCycleRules
{
    /// <summary>
    /// The groups of namespaces under <paramref name="root"/> that depend on each other in a circle (strongly connected
    /// components of more than one namespace), each as sorted names relative to the root; empty when there is none.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Circles(Assembly assembly, string root)
    {
        var graph = Dependencies(assembly, root);
        return [.. StronglyConnected(graph).Where(component => component.Count > 1).Select(component => (IReadOnlyList<string>)[.. component.Order(StringComparer.Ordinal)])];
    }

    /// <summary>Every namespace under <paramref name="root"/> with the namespaces under it that it uses.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Dependencies(Assembly assembly, string root)
    {
        var types = Types.InAssembly(assembly);
        var prefix = root + ".";
        var namespaces = types.GetTypes()
            .Select(type => type.Namespace)
            .OfType<string>()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => name[prefix.Length..])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(namespaces);
        return namespaces.ToDictionary(
            from => from,
            from => (IReadOnlyList<string>)[.. namespaces.Where(to => to != from && Uses(types, prefix + from, prefix + to))]);
    }

    private static bool Uses(Types types, string from, string to) =>
        types.That().ResideInNamespaceMatching($"^{Regex(from)}$").And().HaveDependencyOn(to).GetTypes().Any();

    private static string Regex(string name) => System.Text.RegularExpressions.Regex.Escape(name);

    // Tarjan's algorithm; the graphs here have a dozen nodes, so recursion depth is no concern.
    private static List<List<string>> StronglyConnected(IReadOnlyDictionary<string, IReadOnlyList<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in graph[node])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in graph.Keys.Where(node => !index.ContainsKey(node)))
        {
            Visit(node);
        }

        return components;
    }
}
