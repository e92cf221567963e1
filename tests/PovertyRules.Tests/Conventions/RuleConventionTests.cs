using System.Reflection;
using NRules.Fluent.Dsl;
using PovertyRules.Assessment;
using PovertyRules.Rules.Household;

namespace PovertyRules.Tests.Conventions;

public class RuleConventionTests
{
    private static readonly Type[] RuleTypes =
        [.. typeof(PovertyRulesEngine).Assembly.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract)];

    [Fact]
    public void Every_rule_has_a_stable_name_a_clause_and_a_tag()
    {
        RuleTypes.Should().NotBeEmpty();
        foreach (var type in RuleTypes)
        {
            type.GetCustomAttribute<NameAttribute>().Should().NotBeNull($"{type.Name} needs [Name]");
            type.GetCustomAttribute<DescriptionAttribute>().Should().NotBeNull($"{type.Name} needs [Description]");
            type.GetCustomAttributes<TagAttribute>().Should().NotBeEmpty($"{type.Name} needs a [Tag]");
            type.IsSealed.Should().BeTrue($"{type.Name} should be sealed");
            type.IsPublic.Should().BeFalse($"{type.Name} is not part of the public surface: users call the engine");
        }
    }

    [Fact]
    public void Rule_ids_are_unique_and_each_rule_file_is_named_after_its_class()
    {
        Engine().Rules.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        var root = FindRepositoryRoot();
        foreach (var type in RuleTypes)
        {
            var folder = type.Namespace!.Replace("PovertyRules.", string.Empty, StringComparison.Ordinal).Replace('.', Path.DirectorySeparatorChar);
            File.Exists(Path.Combine(root, "src", "PovertyRules", folder, type.Name + ".cs")).Should().BeTrue($"{type.Name} lives in {folder}/{type.Name}.cs");
        }
    }

    [Fact]
    public void Every_household_rule_is_in_the_criteria_catalog_with_its_own_id()
    {
        var compiled = Engine().Rules.Select(r => r.Id).ToList();

        HouseholdCriteria.All.Select(c => c.Id).Should().BeEquivalentTo(compiled);
        Engine().Rules.Should().OnlyContain(r => r.Id == (string)r.RuleType.GetField("Id")!.GetValue(null)!);
    }

    [Fact]
    public void Rule_files_hold_no_policy_figures()
    {
        var root = FindRepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "src", "PovertyRules", "Rules"), "*.cs", SearchOption.AllDirectories);
        var figure = new System.Text.RegularExpressions.Regex(@"(?<![\w.])(\d{2,}(\.\d+)?m?|0\.\d+m?)(?![\w])");
        foreach (var file in files)
        {
            var code = string.Join('\n', File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)
                && !l.TrimStart().StartsWith("[Description", StringComparison.Ordinal)
                && !l.Contains("〔2016〕", StringComparison.Ordinal)));
            var code2 = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"", "\"\"");
            figure.Matches(code2).Select(m => m.Value).Should().BeEmpty($"{Path.GetFileName(file)} must read figures from the profile");
        }
    }

    private static PovertyRulesEngine Engine() => Support.Engine.Instance;

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PovertyRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
