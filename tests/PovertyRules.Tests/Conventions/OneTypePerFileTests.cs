using System.Text.RegularExpressions;

namespace PovertyRules.Tests.Conventions;

public partial class OneTypePerFileTests
{
    [Fact]
    public void Each_source_file_declares_at_most_one_public_type_named_after_the_file()
    {
        var root = Path.Combine(RepositoryRoot(), "src");
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var names = PublicType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList();
            var stem = Path.GetFileNameWithoutExtension(file).Split('.', '{')[0];
            if (names.Count > 1 || names.Any(n => n != stem))
            {
                problems.Add($"{Path.GetRelativePath(root, file)}: {string.Join(", ", names)}");
            }
        }

        problems.Should().BeEmpty();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PovertyRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|partial|readonly|record|ref)\s+)*(?:class|record|struct|enum|interface)\s+(?:struct\s+|class\s+)?(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex PublicType();
}
