using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace PovertyRules.Integration.Tests;

/// <summary>
/// Every C# block of the README, compiled as a program of its own (with the implicit usings of a new project) against
/// the packages' assemblies, and run in a folder holding <c>samples/register</c> and the provincial example's <c>Profiles</c>. A comment after a
/// <c>Console.WriteLine</c> (on its line or the next) that has no "…" is a line the program must print.
/// </summary>
[Collection(nameof(ProcessWideCollection))]
public sealed partial class ReadmeTests(ITestOutputHelper output)
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<int> Blocks => [.. Enumerable.Range(0, CSharpBlocks().Count)];

    [Fact]
    public void The_readme_has_its_csharp_blocks()
    {
        CSharpBlocks().Should().HaveCountGreaterThanOrEqualTo(4);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task A_csharp_block_of_the_readme_compiles_and_runs_and_prints_what_its_comments_say(int index)
    {
        var (line, code) = CSharpBlocks()[index];
        var assembly = Compile(code, $"README line {line}");

        var printed = await Run(assembly);

        output.WriteLine($"README line {line} printed:\n{printed}");
        var lines = printed.Split('\n').Select(l => l.TrimEnd('\r')).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in ExpectedLines(code))
        {
            lines.Should().Contain(expected, $"the block at README line {line} says it prints it");
        }
    }

    private static List<(int Line, string Code)> CSharpBlocks()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return [.. Block().Matches(text).Select(m => (text[..m.Index].Count(c => c == '\n') + 1, m.Groups["code"].Value))];
    }

    private static IEnumerable<string> ExpectedLines(string code)
    {
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains("Console.WriteLine(", StringComparison.Ordinal))
            {
                continue;
            }

            var comment = Comment().Match(lines[i]);
            var text = comment.Success
                ? comment.Groups["text"].Value
                : i + 1 < lines.Length && lines[i + 1].TrimStart().StartsWith("//", StringComparison.Ordinal) ? lines[i + 1].TrimStart()[2..].Trim() : null;
            if (text is { Length: > 0 } && !text.Contains('…', StringComparison.Ordinal))
            {
                yield return text;
            }
        }
    }

    private static byte[] Compile(string code, string name)
    {
        // The packages' assemblies, loaded for certain, and the framework's.
        _ = typeof(Data.RosterReader).Assembly;
        _ = typeof(Extensions.DependencyInjection.PovertyRulesOptions).Assembly;
        _ = typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly;
        _ = typeof(Microsoft.Extensions.Logging.ConsoleLoggerExtensions).Assembly;
        _ = typeof(Microsoft.Extensions.Logging.LoggerFactory).Assembly;
        _ = typeof(Guangxi.GuangxiPack).Assembly;
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).Select(a => a.Location);
        var references = framework.Concat(loaded).Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(p => !p.Contains("xunit", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(p => MetadataReference.CreateFromFile(p));

        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "ReadmeBlock" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(ImplicitUsings, parse), CSharpSyntaxTree.ParseText(code, parse, path: name)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        errors.Should().BeEmpty($"the block at {name} should compile as written");
        return image.ToArray();
    }

    private static async Task<string> Run(byte[] image)
    {
        var folder = Directory.CreateTempSubdirectory("readme-");
        var samples = Directory.CreateDirectory(Path.Combine(folder.FullName, "samples", "register"));
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "register")))
        {
            File.Copy(file, Path.Combine(samples.FullName, Path.GetFileName(file)));
        }

        // The rule-pack block loads the provincial example's profile from Profiles/.
        var profiles = Directory.CreateDirectory(Path.Combine(folder.FullName, "Profiles"));
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Profiles")))
        {
            File.Copy(file, Path.Combine(profiles.FullName, Path.GetFileName(file)));
        }

        var context = new AssemblyLoadContext("readme", isCollectible: true);
        var directory = Environment.CurrentDirectory;
        var console = Console.Out;
        using var printed = new StringWriter();
        try
        {
            Environment.CurrentDirectory = folder.FullName;
            Console.SetOut(printed);
            var entry = context.LoadFromStream(new MemoryStream(image)).EntryPoint!;
            var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            if (result is Task task)
            {
                await task;
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"The block threw; it printed:\n{printed}", e.InnerException);
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = directory;
            context.Unload();
            folder.Delete(recursive: true);
        }

        return printed.ToString();
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Block();

    [GeneratedRegex(@"Console\.WriteLine\(.*\);\s*//\s*(?<text>.+?)\s*$")]
    private static partial Regex Comment();
}
