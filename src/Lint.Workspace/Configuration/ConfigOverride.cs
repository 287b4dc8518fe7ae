namespace Lint.Workspace.Configuration;

/// <summary>An entry of <c>overrides</c>: rule settings that apply only to the files its <c>files</c> globs match.</summary>
public sealed record ConfigOverride(Globs Files, RuleSwitches Switches)
{
    public static ConfigOverride? Read(ConfigNode node, string directory)
    {
        var files = node.GetList("files");
        var switches = RuleSwitches.Read(node);
        node.ReportUnknownKeys("in an override");
        if (files.Count == 0)
        {
            node.Error(node.Mapping, "An override needs 'files': the globs of the files it applies to.");
            return null;
        }

        return new ConfigOverride(new Globs(directory, files), switches);
    }
}
