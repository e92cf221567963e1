using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace PovertyRules.Package.Tests;

/// <summary>
/// Every library under src/ packed once per test run into a temporary folder, with a version of this run's own, and a
/// nuget.config there that adds the folder and keeps the machine's package sources. The run's packages are removed
/// from the machine's package cache afterwards.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        var clock = Stopwatch.StartNew();
        Root = Directory.CreateTempSubdirectory("povertyrules-pack-").FullName;
        Folder = Path.Combine(Root, "packages");
        Version = "0.0.0-consume." + Guid.NewGuid().ToString("N")[..12];
        Projects = [.. Directory.GetDirectories(Path.Combine(Dotnet.RepositoryRoot, "src"))
            .Select(d => Path.Combine(d, Path.GetFileName(d) + ".csproj"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)];

        // One build of the libraries, of its own (artifacts under Root, so the solution's bin and obj are never
        // touched), through a solution filter so that MSBuild builds them in parallel.
        var filter = Path.Combine(Root, "libraries.slnf");
        File.WriteAllText(filter, JsonSerializer.Serialize(new
        {
            solution = new
            {
                path = Path.Combine(Dotnet.RepositoryRoot, "PovertyRules.sln"),
                projects = Projects.Select(p => Path.GetRelativePath(Dotnet.RepositoryRoot, p).Replace('/', '\\')).ToArray(),
            },
        }));
        Dotnet.Run(Root, "pack", filter, "-c", "Release", "-warnaserror", $"-p:PackageOutputPath={Folder}",
            "--artifacts-path", Path.Combine(Root, "artifacts"), $"-p:Version={Version}").EnsureSuccess();

        // Settings only, as the repository's own nuget.config: the machine's sources stay, this folder is added.
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="povertyrules-packed" value="{Folder}" />
              </packageSources>
            </configuration>
            """);
        PackTime = clock.Elapsed;
    }

    /// <summary>The temporary folder: packages, nuget.config, build artifacts and consumer projects.</summary>
    public string Root { get; }

    /// <summary>Where the .nupkg and .snupkg files are.</summary>
    public string Folder { get; }

    /// <summary>This run's package version.</summary>
    public string Version { get; }

    /// <summary>The packed projects, one per library under src/.</summary>
    public IReadOnlyList<string> Projects { get; }

    /// <summary>How long packing took.</summary>
    public TimeSpan PackTime { get; }

    /// <summary>The package ids, from the project file names.</summary>
    public IEnumerable<string> Ids => Projects.Select(Path.GetFileNameWithoutExtension)!;

    /// <summary>The path of <paramref name="id"/>'s package (or its symbols package).</summary>
    public string PathOf(string id, bool symbols = false) =>
        Path.Combine(Folder, $"{id}.{Version}.{(symbols ? "snupkg" : "nupkg")}");

    /// <summary>The text of one entry of <paramref name="id"/>'s package.</summary>
    public string Read(string id, string entry)
    {
        using var archive = ZipFile.OpenRead(PathOf(id));
        var found = archive.GetEntry(entry) ?? throw new InvalidOperationException($"{id} has no {entry}; it has {string.Join(", ", archive.Entries.Select(e => e.FullName))}");
        using var reader = new StreamReader(found.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The entries of <paramref name="id"/>'s package (or its symbols package).</summary>
    public IReadOnlyList<string> Entries(string id, bool symbols = false)
    {
        using var archive = ZipFile.OpenRead(PathOf(id, symbols));
        return [.. archive.Entries.Select(e => e.FullName)];
    }

    public void Dispose()
    {
        var cache = GlobalPackagesFolder();
        foreach (var id in Ids)
        {
            var extracted = Path.Combine(cache, id.ToLowerInvariant(), Version.ToLowerInvariant());
            if (Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }
        }

        Directory.Delete(Root, recursive: true);
    }

    private static string GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var listed = Dotnet.Run(Path.GetTempPath(), "nuget", "locals", "global-packages", "--list").EnsureSuccess().Output;
        var line = listed.Split('\n').First(l => l.Contains("global-packages:", StringComparison.Ordinal));
        return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
