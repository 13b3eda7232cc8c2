namespace Sched.Application.Common.Models;

/// <summary>
/// One page of a longer, ordered list, with what the page links need. There is no total: counting
/// every row would make each page cost as much as the whole list, so a page reads one row past its
/// end to learn whether a next page exists (docs/decisions/0015-paging-without-a-count.md).
/// </summary>
public sealed record PaginatedList<T>(IReadOnlyList<T> Items, int PageNumber, bool HasNextPage)
{
    public bool HasPreviousPage => PageNumber > 1;

    /// <summary>Builds a page from up to <paramref name="pageSize"/> + 1 rows read in order.</summary>
    public static PaginatedList<T> FromRowsPastTheEnd(List<T> rows, int pageNumber, int pageSize)
    {
        var hasNext = rows.Count > pageSize;
        if (hasNext)
        {
            rows.RemoveRange(pageSize, rows.Count - pageSize);
        }

        return new PaginatedList<T>(rows, pageNumber, hasNext);
    }
}
