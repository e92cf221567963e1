namespace PovertyRules.Fuzz;

/// <summary>
/// A folder laid out as the examples are (<c>Profiles/</c> and <c>Scenarios/</c> side by side) holding the repository's
/// example profiles, so that a fuzzed overlay or <c>profile:</c> can reach a real base file.
/// </summary>
internal sealed class Sandbox
{
    private readonly string _root;

    public Sandbox(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(Path.Combine(_root, "Profiles"));
        Directory.CreateDirectory(Path.Combine(_root, "Scenarios"));
        var shipped = Path.Combine(AppContext.BaseDirectory, "Profiles");
        if (Directory.Exists(shipped))
        {
            foreach (var file in Directory.GetFiles(shipped, "*.json"))
            {
                File.Copy(file, Path.Combine(_root, "Profiles", Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    public string PathOf(string relative) => Path.Combine(_root, relative);

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        File.WriteAllText(path, text);
        return path;
    }
}
