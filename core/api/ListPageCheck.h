#pragma once

#include <QCoreApplication>
#include <QString>

namespace callrail {

class JsonPage;

/// What an answer to a list request must be, as shared/callrail-api.md §3 documents the envelope.
struct ListPageShape
{
    QString recordsKey; ///< the records list ("calls", "conversations", …); empty: not a list request
    int perPage = 0;    ///< the per_page asked for
};

/// Checks that a parsed answer is a list page as CallRail sends it: the records key is a list of objects,
/// page / per_page / total_pages / total_records are whole numbers when present, has_next_page is a
/// boolean, next_page a link when there is a next page, and the page holds no more records than a page
/// holds, nor fewer when it says another page follows. A page that fails is a failed attempt (retried like
/// a 5xx), never "Complete, 0 rows": it was damaged on the way, or the server is broken.
class ListPageCheck
{
    Q_DECLARE_TR_FUNCTIONS(callrail::ListPageCheck)

public:
    /// Empty when the page is sound, else a translated reason.
    static QString problem(const JsonPage &page, const ListPageShape &shape);
};

} // namespace callrail
