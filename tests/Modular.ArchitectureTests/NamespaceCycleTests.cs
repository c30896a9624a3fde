using System.Reflection;
using Modular.ArchitectureTests.Fixtures.Cycles.Front;
using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

/// <summary>No circle between the folders of a shared project (Outbox, Inbox, Persistence, ... of Shared.Infrastructure).</summary>
public sealed class NamespaceCycleTests
{
    public static TheoryData<string> SharedProjects => new("Modular.Shared.Kernel", "Modular.Shared.Application", "Modular.Shared.Infrastructure");

    [Theory]
    [MemberData(nameof(SharedProjects))]
    public void The_folders_of_a_shared_project_depend_on_each_other_without_a_circle(string project)
    {
        var circles = NamespaceCycleRules.Circles(Assembly.Load(project), project);

        Assert.True(circles.Count == 0, $"Folders of {project} in a circle: {string.Join("; ", circles.Select(circle => string.Join(" <-> ", circle)))}");
    }

    [Fact]
    public void Messaging_folders_stand_on_Events_and_Jobs_and_Outbox_and_Inbox_know_neither_each_other_nor_Persistence()
    {
        var uses = NamespaceCycleRules.Dependencies(Assembly.Load("Modular.Shared.Infrastructure"), "Modular.Shared.Infrastructure");

        Assert.Empty(uses["Events"]);
        Assert.Empty(uses["Jobs"]);
        Assert.Equal(["Events", "Jobs"], uses["Outbox"]);
        Assert.Equal(["Events"], uses["Inbox"]);
    }

    [Fact]
    public void Circle_rule_flags_exactly_the_namespaces_in_a_circle()
    {
        var root = typeof(FrontDesk).Namespace![..typeof(FrontDesk).Namespace!.LastIndexOf('.')];

        var circles = NamespaceCycleRules.Circles(typeof(FrontDesk).Assembly, root);

        var circle = Assert.Single(circles);
        Assert.Equal(["Back", "Front"], circle);
        Assert.Equal(["Back", "Leaf"], NamespaceCycleRules.Dependencies(typeof(FrontDesk).Assembly, root)["Front"]);
    }
}
