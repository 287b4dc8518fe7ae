namespace Lint.Cli.Tests;

/// <summary>A folder under the system temp folder, deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lint-tests-" + Guid.NewGuid().ToString("N"));

    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Copies a folder of the repository (such as "seeds") into this folder under the same name.</summary>
    public string CopyFromRepository(string relativePath)
    {
        var source = System.IO.Path.Combine(RepositoryRoot.Path, relativePath);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            Write(System.IO.Path.Combine(relativePath, System.IO.Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
        }

        return System.IO.Path.Combine(Path, relativePath);
    }

    public byte[] Read(string relativePath) => File.ReadAllBytes(System.IO.Path.Combine(Path, relativePath));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
