#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace callrail {

/// Runs `work` on Qt's thread pool, then calls `then` with its result in `context`'s thread, never after
/// `context` is gone. For work that must not block the window (a Save, a refresh's merge, a connection test,
/// sorting a preview); the returned future tells whether it still runs and lets a destructor wait for it.
/// `work` gets copies, never the caller's objects: they may change while it runs. No nested event loop.
template <typename Work, typename Then>
QFuture<void> runThenCallBack(QObject *context, Work &&work, Then &&then)
{
    using Result = std::invoke_result_t<std::decay_t<Work> &>;
    // The result travels beside the future, not in it: taken from a QFuture, it would leave the future
    // unfinished for good, and a destructor waiting on it would wait forever.
    auto result = std::make_shared<std::optional<Result>>();
    auto *watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, result, then = std::forward<Then>(then)]() mutable {
                         watcher->deleteLater();
                         if (*result)
                             then(std::move(**result));
                     });
    QFuture<void> future =
        QtConcurrent::run([result, work = std::forward<Work>(work)]() mutable { result->emplace(work()); });
    watcher->setFuture(future);
    return future;
}

} // namespace callrail
