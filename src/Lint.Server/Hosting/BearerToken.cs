using System.Security.Cryptography;
using System.Text;

namespace Lint.Server.Hosting;

/// <summary>
/// When the server has a token (<c>--token</c> or LINT_SERVE_TOKEN), every <c>/api/</c> request but the
/// health check must carry <c>Authorization: Bearer TOKEN</c>, compared in constant time; otherwise the
/// answer is 401 with a problem body. The page and the OpenAPI document stay open: the page asks for the
/// token when the API refuses it.
/// </summary>
public sealed class BearerToken(RequestDelegate next, ServeOptions options)
{
    private readonly byte[]? _token = options.Token is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (_token is null || !path.StartsWithSegments("/api") || path.StartsWithSegments("/api/v1/health") || Authorized(context.Request))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = 401, Title = "Token needed", Detail = "This server needs 'Authorization: Bearer TOKEN' with the token it was started with." },
        });
    }

    private bool Authorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), _token);
    }
}
