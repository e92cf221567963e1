namespace PovertyRules.Policy;

/// <summary>
/// Where profile files may be read from and how much of them, for <see cref="ProfileJson.LoadFile(string, ProfileLoadOptions)"/>
/// and the scenario loader's <c>profile:</c>. Immutable: change a limit with a <c>with</c> expression.
/// </summary>
/// <remarks>
/// An overlay's <c>base</c> (and a scenario's <c>profile:</c>) is text inside a file, so it is treated as untrusted: it
/// is resolved against the folder of the file that names it and must stay inside <see cref="Root"/>; an absolute path
/// is refused unless <see cref="AllowAbsolutePaths"/>. Every file read, the first included, must be a regular file no
/// larger than <see cref="MaxFileBytes"/>: a device, pipe or socket (whose recorded size is zero or differs from what it
/// reads) is refused before it can run the process out of memory.
/// </remarks>
public sealed record ProfileLoadOptions
{
    /// <summary>The defaults: root one folder above the first file, no absolute paths, 1 MiB a file, 32 files a chain.</summary>
    public static ProfileLoadOptions Default { get; } = new();

    /// <summary>
    /// The folder that every referenced file must lie in. When <c>null</c> (the default), the folder above the one
    /// holding the file the caller named: a <c>Scenarios/</c> folder may then reach its sibling <c>Profiles/</c> (the
    /// layout of the examples, <c>../Profiles/proposal-2016.json</c>), but nothing further up the tree.
    /// </summary>
    public string? Root { get; init; }

    /// <summary>Whether a reference may be an absolute path, read wherever it points. Default <c>false</c>.</summary>
    public bool AllowAbsolutePaths { get; init; }

    /// <summary>The largest file read, in bytes. Default 1 MiB (the built-in profiles are under 8 KiB).</summary>
    public long MaxFileBytes { get; init; } = 1L << 20;

    /// <summary>The most files in one overlay chain, the first included. Default 32.</summary>
    public int MaxChainDepth { get; init; } = 32;

    internal void Check()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFileBytes, 1L, nameof(MaxFileBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxChainDepth, 1, nameof(MaxChainDepth));
    }

    /// <summary>The root for a load that starts at <paramref name="entryFile"/> (a full path).</summary>
    internal string RootFor(string entryFile)
    {
        if (Root is not null)
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(Root));
        }

        var folder = Path.GetDirectoryName(entryFile) ?? Path.GetPathRoot(entryFile) ?? entryFile;
        return Path.GetDirectoryName(folder) ?? folder;
    }
}
