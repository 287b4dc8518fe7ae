namespace Lint.LanguageServer.Protocol;

/// <summary>The parameters of <c>client/registerCapability</c>.</summary>
public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);
