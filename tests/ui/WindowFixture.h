#pragma once

#include "config/MemorySecretStore.h"
#include "imitation/FakeCallRailServer.h"
#include "widgets/MainWindow.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace callrail::test {

/// What every GUI suite starts from: the imitation CallRail with a known key, isolated settings pointing at
/// it, an in-memory keychain and a full request budget. The window is driven through its real widgets,
/// found by objectName.
class WindowFixture
{
public:
    static constexpr int kRunTimeoutMs = 30'000;
    static QString goodKey();

    /// Call from the suite's init(): false (with a warning) when something could not be prepared.
    bool setUp(const DatasetConfig &config = smallDataset());
    /// Call from cleanup().
    void tearDown();
    static DatasetConfig smallDataset();

    /// A shown window; with storeKey the good key is in the keychain first. No real dialog may open: every
    /// question gets a scripted answer (the controller's hooks are empty).
    std::unique_ptr<MainWindow> makeWindow(bool storeKey);
    static bool onKeyPage(MainWindow *window);
    /// Unticks everything, then ticks `endpoints` with the keyboard (Space on the row). False when one could
    /// not be ticked.
    static bool choose(MainWindow *window, const QStringList &endpoints);
    /// Clicks Start once it is enabled and waits for the run to end. False on a timeout.
    static bool startAndWait(MainWindow *window);
    /// Saves (the controller's save(): its hooks choose the folder) and waits for the worker to finish.
    /// True when it saved.
    static bool saveAndWait(MainWindow *window);

    template <typename T>
    static T *find(QObject *parent, const QString &name)
    {
        T *child = parent->findChild<T *>(name);
        if (!child)
            qWarning("no child %s", qPrintable(name));
        return child;
    }

    QTemporaryDir &dir() { return *m_dir; }
    QSettings &settings() { return *m_settings; }
    FakeCallRailServer &server() { return *m_server; }
    MemorySecretStore &store() { return *m_store; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FakeCallRailServer> m_server;
    std::unique_ptr<MemorySecretStore> m_store;
};

} // namespace callrail::test
