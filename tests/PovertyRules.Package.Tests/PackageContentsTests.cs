using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace PovertyRules.Package.Tests;

/// <summary>What `dotnet pack` of every library under src/ puts in its package.</summary>
[Collection(nameof(PackedPackagesCollection))]
public sealed partial class PackageContentsTests(PackedPackages packages, ITestOutputHelper output)
{
    public static TheoryData<string> Libraries => [.. Directory.GetDirectories(Path.Combine(Dotnet.RepositoryRoot, "src"))
        .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
        .Where(d => !File.ReadAllText(Path.Combine(d, Path.GetFileName(d) + ".csproj")).Contains("<OutputType>Exe</OutputType>", StringComparison.Ordinal))
        .Select(d => Path.GetFileName(d))
        .Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_library_under_src_is_packed_with_its_symbols_package()
    {
        output.WriteLine($"packing {packages.Projects.Count} libraries took {packages.PackTime.TotalSeconds:0.0} s");
        packages.Ids.Should().NotBeEmpty();
        foreach (var id in packages.Ids)
        {
            File.Exists(packages.PathOf(id)).Should().BeTrue($"{id} should have a package");
            File.Exists(packages.PathOf(id, symbols: true)).Should().BeTrue($"{id} should have a symbols package");
        }
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void A_package_holds_the_assembly_and_its_xml_documentation_for_net10_and_net8(string id)
    {
        var entries = packages.Entries(id);
        foreach (var framework in new[] { "net10.0", "net8.0" })
        {
            entries.Should().Contain($"lib/{framework}/{id}.dll");
            entries.Should().Contain($"lib/{framework}/{id}.xml");
        }

        packages.Entries(id, symbols: true).Should().Contain(["lib/net10.0/" + id + ".pdb", "lib/net8.0/" + id + ".pdb"]);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void A_package_names_its_id_description_tags_licence_readme_and_repository(string id)
    {
        var nuspec = XDocument.Parse(packages.Read(id, id + ".nuspec"));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Value("id").Should().Be(id);
        Value("version").Should().Be(packages.Version);
        Value("description").Should().NotBeNullOrWhiteSpace().And.NotBe("Package Description");
        Value("tags").Should().Contain("poverty");
        var licence = metadata.Elements().Single(e => e.Name.LocalName == "license");
        licence.Attribute("type")!.Value.Should().Be("expression");
        licence.Value.Should().Be("MIT");
        Value("readme").Should().Be("PACKAGE.md");
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("type")!.Value.Should().Be("git");
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void A_package_page_readme_is_the_package_s_own_and_links_only_to_absolute_addresses(string id)
    {
        var readme = packages.Read(id, "PACKAGE.md");

        readme.Should().StartWith("# " + id + "\n", "the page is written for this package, not the repository's README");
        var relative = Links().Matches(readme).Select(m => m.Groups["target"].Value)
            .Where(target => !target.StartsWith("https://", StringComparison.Ordinal) && !target.StartsWith('#'))
            .ToList();
        relative.Should().BeEmpty("a package page has no repository to resolve a relative link against");
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)[^)]*\)|(?:href|src)=""(?<target>[^""]+)""")]
    private static partial Regex Links();
}
