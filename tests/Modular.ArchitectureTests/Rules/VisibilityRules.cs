using System.Text.RegularExpressions;
using Modular.Shared.Web.Modules;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// Internal by default (ADR 0015): a module shows the rest of the solution only what crosses its edge, so no other
/// assembly can bind its requests (skipping validation), construct its implementations (skipping registration and
/// decorators) or read its settings. Each kind is selected first, so a test can check it selected something.
/// </summary>
internal static class VisibilityRules
{
    /// <summary>Bodies and query filters of the Api's endpoints.</summary>
    public static PredicateList Requests(Predicates that) => that.HaveNameEndingWith("Request");

    /// <summary>Configuration sections a module binds for itself.</summary>
    public static PredicateList Options(Predicates that) => that.HaveNameEndingWith("Options");

    /// <summary>
    /// Classes that implement something: ports of Application, hosted services, interceptors, hubs. Not the module
    /// itself (<see cref="IModule"/>), which the host composes and the Api's surface rule allows.
    /// </summary>
    public static PredicateList Implementations(Predicates that) =>
        that.AreClasses().And().AreNotAbstract().And().MeetCustomRule(ImplementsAnInterfaceRule.Instance)
            .And().DoNotImplementInterface(typeof(IModule));

    /// <summary>Every type but the named ones (an assembly's surface) and EF Core's generated migrations (public by its template).</summary>
    public static PredicateList AllBut(Predicates that, params string[] surface) =>
        that.DoNotHaveNameMatching($"^({string.Join('|', surface.Select(Regex.Escape))})$")
            .And().DoNotResideInNamespaceMatching(@"\.Migrations$");

    public static TestResult AreNotPublic(PredicateList types) => types.Should().NotBePublic().GetResult();
}
