namespace Lint.Workspace.Input;

/// <summary>
/// A file <see cref="BoundedFile"/> would not read, and why, as the end of a sentence that starts with the
/// file's name ("is a named pipe (FIFO), not a file").
/// </summary>
public class RefusedFileException(string reason) : IOException(reason);
