namespace Lint.Language.Spelling;

/// <summary>How an affix file writes its flags, from its <c>FLAG</c> line.</summary>
public enum FlagFormat
{
    /// <summary>The default: one character per flag ("SMG" is S, M and G).</summary>
    Char,

    /// <summary><c>FLAG long</c>: two characters per flag ("AaBb" is Aa and Bb).</summary>
    Long,

    /// <summary><c>FLAG num</c>: decimal numbers separated by commas ("101,202").</summary>
    Number,

    /// <summary><c>FLAG UTF-8</c>: one Unicode character per flag, astral ones included.</summary>
    Utf8,
}
