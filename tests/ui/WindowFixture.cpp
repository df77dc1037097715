#include "WindowFixture.h"

#include "ImitationSetup.h"
#include "api/RequestBudget.h"
#include "controller/MainController.h"
#include "settings/Preferences.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

namespace callrail::test {

QString WindowFixture::goodKey()
{
    return QStringLiteral("test-key-7f3a91c2e5");
}

DatasetConfig WindowFixture::smallDataset()
{
    DatasetConfig config;
    config.calls = 400;
    config.formSubmissions = 60;
    config.conversations = 30;
    config.spanDays = 28;
    return config;
}

bool WindowFixture::setUp(const DatasetConfig &config)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return false;
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_server = startImitation(config, goodKey());
    Preferences prefs(m_settings.get());
    prefs.set(Pref::BaseUrl, m_server->baseUrl());
    prefs.sync();
    m_store = std::make_unique<MemorySecretStore>();
    // The request budget is persisted between runs (as for a user); every test starts with a full one, or
    // repeated runs of a suite would use up the hour.
    QFile::remove(RequestBudget::defaultStoragePath());
    return true;
}

void WindowFixture::tearDown()
{
    m_store.reset();
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> WindowFixture::makeWindow(bool storeKey)
{
    if (storeKey) {
        QSignalSpy written(m_store.get(), &SecretStore::writeFinished);
        m_store->write(SecretStore::apiKeyName(), goodKey());
        written.wait(5000);
    }
    auto window = std::make_unique<MainWindow>(m_store.get(), m_settings.get());
    window->controller()->setHooks({});
    window->show();
    return window;
}

bool WindowFixture::onKeyPage(MainWindow *window)
{
    auto *stack = window->findChild<QStackedWidget *>();
    return stack && stack->currentWidget() &&
           stack->currentWidget()->objectName() == QLatin1String("keyPage");
}

bool WindowFixture::choose(MainWindow *window, const QStringList &endpoints)
{
    auto *none = find<QPushButton>(window, QStringLiteral("selectNoneButton"));
    auto *view = find<QTableView>(window, QStringLiteral("endpointList"));
    if (!none || !view)
        return false;
    QTest::mouseClick(none, Qt::LeftButton);
    EndpointSelectionModel *model = window->controller()->selection();
    if (!model->checkedEndpoints().isEmpty())
        return false;
    for (const QString &name : endpoints) {
        view->setCurrentIndex(model->index(model->rowOf(name), EndpointSelectionModel::NameColumn));
        QTest::keyClick(view, Qt::Key_Space);
        if (!model->isChecked(name)) {
            qWarning("could not tick %s", qPrintable(name));
            return false;
        }
    }
    return true;
}

bool WindowFixture::startAndWait(MainWindow *window)
{
    auto *start = find<QPushButton>(window, QStringLiteral("startButton"));
    if (!start || !QTest::qWaitFor([start] { return start->isEnabled(); }, 10'000))
        return false;
    QSignalSpy finished(window->controller()->run(), &RunController::finished);
    QTest::mouseClick(start, Qt::LeftButton);
    return window->controller()->run()->isRunning() && finished.wait(kRunTimeoutMs);
}

bool WindowFixture::saveAndWait(MainWindow *window)
{
    QSignalSpy finished(window->controller(), &MainController::saveFinished);
    if (!window->controller()->save() || !finished.wait(kRunTimeoutMs))
        return false;
    return finished.first().first().toBool();
}

} // namespace callrail::test
