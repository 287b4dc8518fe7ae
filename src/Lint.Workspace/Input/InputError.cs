namespace Lint.Workspace.Input;

/// <summary>An input that could not be linted (missing, binary, not UTF-8, too large), with the reason in words.</summary>
public sealed record InputError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
