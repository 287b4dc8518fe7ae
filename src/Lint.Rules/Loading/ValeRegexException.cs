namespace Lint.Rules.Loading;

/// <summary>A Vale (Go RE2) pattern that uses syntax .NET has no equivalent for; the message says which.</summary>
public sealed class ValeRegexException(string message) : Exception(message);
