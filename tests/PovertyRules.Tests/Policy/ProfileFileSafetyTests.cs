using PovertyRules.Policy;

namespace PovertyRules.Tests.Policy;

/// <summary>Overlay bases are untrusted paths: confined to a root, regular files only, bounded in size and chain length.</summary>
public sealed class ProfileFileSafetyTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("povrules-safety-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string relative, string json)
    {
        var path = Path.Combine(_directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    private static string Overlay(string id, string baseRef) => $$"""{ "id": "{{id}}", "name": "{{id}}", "base": "{{baseRef}}" }""";

    private string Chain(int length, string bottomBase)
    {
        Write("chain/p0.json", Overlay("P0", bottomBase));
        for (var i = 1; i < length; i++)
        {
            Write($"chain/p{i}.json", Overlay($"P{i}", $"p{i - 1}.json"));
        }

        return Path.Combine(_directory, "chain", $"p{length - 1}.json");
    }

    [Fact]
    public void Overlay_chain_of_ten_thousand_files_stops_at_the_depth_limit_without_overflowing()
    {
        var top = Chain(10_000, "CN-2016");

        var act = () => ProfileJson.LoadFile(top);

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.Path == "$.base" && e.Reason.Contains("longer than 32 files") && e.Reason.Contains("MaxChainDepth") && e.File!.EndsWith("p9968.json"));
    }

    [Fact]
    public void Overlay_chain_of_ten_thousand_files_loads_when_the_limit_allows_it()
    {
        var top = Chain(10_000, "CN-2016");

        var profile = ProfileJson.LoadFile(top, ProfileLoadOptions.Default with { MaxChainDepth = 10_000 });

        profile.Id.Should().Be("P9999");
        profile.PovertyLines.Should().Equal(PolicyProfiles.National(2016).PovertyLines);
    }

    [Fact]
    public void Broken_base_at_the_bottom_of_a_long_chain_is_an_error_naming_that_file()
    {
        var top = Chain(5_000, "nowhere.json");

        var act = () => ProfileJson.LoadFile(top, ProfileLoadOptions.Default with { MaxChainDepth = 10_000 });

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.File!.EndsWith("p0.json") && e.Path == "$.base" && e.Reason.Contains("no profile 'nowhere.json'"));
    }

    [Fact]
    public void Absolute_base_path_is_refused_unless_allowed()
    {
        var full = Write("full.json", ProfileJson.Save(PolicyProfiles.National(2016)));
        var top = Write("top.json", Overlay("TOP", full.Replace("\\", "\\\\", StringComparison.Ordinal)));

        var act = () => ProfileJson.LoadFile(top);

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.File == top && e.Path == "$.base" && e.Reason.Contains("absolute path") && e.Reason.Contains("AllowAbsolutePaths"));
        ProfileJson.LoadFile(top, ProfileLoadOptions.Default with { AllowAbsolutePaths = true }).Id.Should().Be("TOP");
    }

    [Fact]
    public void Base_outside_the_root_is_refused_naming_the_root()
    {
        Write("outside/full.json", ProfileJson.Save(PolicyProfiles.National(2016)));
        var top = Write("a/b/top.json", Overlay("TOP", "../../outside/full.json"));

        var act = () => ProfileJson.LoadFile(top);

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.File == top && e.Path == "$.base" && e.Reason.Contains("outside the root folder") && e.Reason.Contains(Path.Combine(_directory, "a")));
    }

    [Fact]
    public void Base_in_a_sibling_folder_is_read_under_the_default_root()
    {
        Write("Profiles/full.json", ProfileJson.Save(PolicyProfiles.National(2016)));
        var top = Write("Overlays/top.json", Overlay("TOP", "../Profiles/full.json"));

        ProfileJson.LoadFile(top).Id.Should().Be("TOP");
    }

    [Fact]
    public void Caller_named_root_lets_a_base_further_up_be_read()
    {
        Write("outside/full.json", ProfileJson.Save(PolicyProfiles.National(2016)));
        var top = Write("a/b/top.json", Overlay("TOP", "../../outside/full.json"));

        ProfileJson.LoadFile(top, ProfileLoadOptions.Default with { Root = _directory }).Id.Should().Be("TOP");
    }

    [Fact]
    public void Device_file_as_a_base_is_refused_before_it_is_read()
    {
        var top = Write("top.json", Overlay("TOP", "/dev/zero"));

        var act = () => ProfileJson.LoadFile(top, ProfileLoadOptions.Default with { AllowAbsolutePaths = true });

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.File == "/dev/zero" && e.Path == "$" && e.Reason.Contains("not a regular file"));
    }

    [Fact]
    public void Symbolic_link_leading_outside_the_root_is_refused()
    {
        var secret = Write("outside/secret.json", ProfileJson.Save(PolicyProfiles.National(2016)));
        var top = Write("a/b/top.json", Overlay("TOP", "link.json"));
        File.CreateSymbolicLink(Path.Combine(_directory, "a", "b", "link.json"), secret);

        var act = () => ProfileJson.LoadFile(top);

        act.Should().Throw<ProfileFormatException>().Where(e => e.Reason.Contains("symbolic link") && e.Reason.Contains("outside the root"));
    }

    [Fact]
    public void Oversized_base_file_is_refused_naming_the_limit()
    {
        Write("big.json", ProfileJson.Save(PolicyProfiles.National(2016)) + new string(' ', 2_000));
        var top = Write("top.json", Overlay("TOP", "big.json"));

        var act = () => ProfileJson.LoadFile(top, ProfileLoadOptions.Default with { MaxFileBytes = 2_000 });

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.File!.EndsWith("big.json") && e.Reason.Contains("more than the limit of 2000"));
    }

    [Fact]
    public void Base_that_is_not_json_is_refused_without_echoing_its_contents()
    {
        Write("notes.json", "password=hunter2\n");
        var top = Write("top.json", Overlay("TOP", "notes.json"));

        var act = () => ProfileJson.LoadFile(top);

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.File!.EndsWith("notes.json") && e.Reason.StartsWith("not valid JSON") && !e.Message.Contains("hunter2") && !e.Message.Contains("'p'"));
    }

    [Fact]
    public void Duplicate_name_in_a_base_file_names_the_file_and_path()
    {
        Write("dup.json", """{ "id": "D", "name": "D", "base": "CN-2016", "base": "CN-2017" }""");
        var top = Write("top.json", Overlay("TOP", "dup.json"));

        var act = () => ProfileJson.LoadFile(top);

        act.Should().Throw<ProfileFormatException>().Where(e => e.File!.EndsWith("dup.json") && e.Path == "$.base" && e.Reason.Contains("given twice"));
    }
}
