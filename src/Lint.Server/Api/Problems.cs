namespace Lint.Server.Api;

/// <summary>The problem-details answers (RFC 9457) the API gives for bad requests.</summary>
public static class Problems
{
    public static IResult BadInput(string detail) => Bad(StatusCodes.Status400BadRequest, "Bad input", detail);

    public static IResult Bad(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
