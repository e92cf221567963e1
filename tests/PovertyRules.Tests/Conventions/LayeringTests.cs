using System.Reflection;
using NetArchTest.Rules;
using PovertyRules.Assessment;

namespace PovertyRules.Tests.Conventions;

/// <summary>
/// The core package's layers, each using only those before it (../shared/STYLE.md): Model → Policy → Rules →
/// Assessment → RollUp → Comparison → Distance (the distance to exit) → Planning (province plans: the de-capping schedule, plan checks, fund allocation) → Live (the live register, on top of the roll-up and the comparison). The synthetic register is a package of its own that uses only Model and Policy.
/// </summary>
public class LayeringTests
{
    private static readonly string[] Layers =
    [
        "PovertyRules.Model", "PovertyRules.Policy", "PovertyRules.Rules", "PovertyRules.Assessment", "PovertyRules.RollUp", "PovertyRules.Comparison", "PovertyRules.Distance", "PovertyRules.Planning", "PovertyRules.Live",
    ];

    private static readonly Assembly Core = typeof(PovertyRulesEngine).Assembly;

    public static TheoryData<string> LayerNames => [.. Layers];

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void A_layer_uses_no_layer_after_it(string layer)
    {
        var later = Layers.SkipWhile(l => l != layer).Skip(1).ToArray();

        var result = Types.InAssembly(Core).That().ResideInNamespace(layer).ShouldNot().HaveDependencyOnAny(later).GetResult();

        (result.FailingTypeNames ?? []).Should().BeEmpty($"{layer} may use only {string.Join(", ", Layers.TakeWhile(l => l != layer))}");
    }

    [Fact]
    public void The_synthetic_register_uses_only_the_model_and_the_policy()
    {
        var result = Types.InAssembly(typeof(PovertyRules.Synthetic.SyntheticPopulation).Assembly)
            .ShouldNot().HaveDependencyOnAny(Layers[2..]).GetResult();

        (result.FailingTypeNames ?? []).Should().BeEmpty();
    }

    [Fact]
    public void The_layering_check_sees_a_dependency_that_is_there()
    {
        var result = Types.InAssembly(Core).That().ResideInNamespace("PovertyRules.Comparison")
            .ShouldNot().HaveDependencyOn("PovertyRules.Assessment").GetResult();

        result.IsSuccessful.Should().BeFalse("the comparison assesses through the engine");
    }

    [Fact]
    public void Every_type_of_the_core_package_is_in_a_layer_folder_named_after_its_namespace()
    {
        var namespaces = Core.GetTypes().Where(t => !IsCompilerGenerated(t)).Select(t => t.Namespace).Distinct().ToList();

        namespaces.Should().OnlyContain(n => n != null && Layers.Any(l => n == l || n.StartsWith(l + ".", StringComparison.Ordinal)));
    }

    /// <summary>Compiler-generated types, and the ones source generators emit in their own namespaces (regular expressions).</summary>
    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) || type.Name.StartsWith('<') || type.Namespace is null
        || type.Namespace.StartsWith("System.", StringComparison.Ordinal);
}
