#include "SelectionPanel.h"

#include "api/EndpointCatalogue.h"
#include "controller/MainController.h"
#include "widgets/FieldPickerDialog.h"
#include "widgets/LimitDelegate.h"
#include "widgets/StateText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace callrail {

SelectionPanel::SelectionPanel(MainController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("selectionPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Account.
    auto *accountRow = new QFormLayout;
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("accountCombo"));
    m_account->setAccessibleName(tr("Account"));
    accountRow->addRow(tr("Acc&ount:"), m_account);
    layout->addLayout(accountRow);

    // Endpoints.
    auto *endpointsBox = new QGroupBox(tr("Da&ta to extract"), this);
    auto *endpointsLayout = new QVBoxLayout(endpointsBox);
    m_endpoints = new QTableView(endpointsBox);
    m_endpoints->setObjectName(QStringLiteral("endpointList"));
    m_endpoints->setAccessibleName(tr("Endpoints to extract"));
    m_endpoints->setModel(controller->selection());
    m_endpoints->setItemDelegateForColumn(EndpointSelectionModel::LimitColumn,
                                          new LimitDelegate(m_endpoints));
    m_endpoints->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_endpoints->setSelectionMode(QAbstractItemView::SingleSelection);
    m_endpoints->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::SelectedClicked);
    m_endpoints->verticalHeader()->hide();
    // A dozen rows: the descriptions wrap onto a second line rather than being cut off with "…".
    m_endpoints->horizontalHeader()->setStretchLastSection(true);
    m_endpoints->setWordWrap(true);
    m_endpoints->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Limit and fields take what they need; the name and the description share the rest and wrap, so that
    // no language pushes the description out of view.
    QHeaderView *header = m_endpoints->horizontalHeader();
    header->setSectionResizeMode(EndpointSelectionModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EndpointSelectionModel::LimitColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EndpointSelectionModel::FieldsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EndpointSelectionModel::DescriptionColumn, QHeaderView::Stretch);
    // Wrapped rows grow and shrink with the panel (a dozen rows: cheap).
    connect(header, &QHeaderView::sectionResized, m_endpoints, &QTableView::resizeRowsToContents);
    m_endpoints->setMinimumHeight(m_endpoints->verticalHeader()->defaultSectionSize() * 8);
    endpointsLayout->addWidget(m_endpoints);
    auto *buttons = new QHBoxLayout;
    m_all = new QPushButton(tr("Select &all"), endpointsBox);
    m_all->setObjectName(QStringLiteral("selectAllButton"));
    m_all->setAccessibleName(tr("Select all data"));
    m_none = new QPushButton(tr("Select &none"), endpointsBox);
    m_none->setObjectName(QStringLiteral("selectNoneButton"));
    m_none->setAccessibleName(tr("Select no data"));
    m_fields = new QPushButton(tr("&Fields…"), endpointsBox);
    m_fields->setObjectName(QStringLiteral("fieldsButton"));
    m_fields->setToolTip(tr(
        "Choose the optional fields of the selected endpoint, or how a summary is grouped, or the period of "
        "a time series."));
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addStretch();
    buttons->addWidget(m_fields);
    endpointsLayout->addLayout(buttons);
    layout->addWidget(endpointsBox, 1);

    // Dates.
    auto *datesBox = new QGroupBox(tr("&Dates (calls, form submissions, text messages)"), this);
    auto *datesForm = new QFormLayout(datesBox);
    m_preset = new QComboBox(datesBox);
    m_preset->setObjectName(QStringLiteral("datePresetCombo"));
    m_preset->setAccessibleName(tr("Date range"));
    for (DatePreset preset : allDatePresets())
        m_preset->addItem(datePresetLabel(preset), int(preset));
    datesForm->addRow(tr("&Range:"), m_preset);
    auto *custom = new QHBoxLayout;
    m_from = new QDateEdit(datesBox);
    m_from->setObjectName(QStringLiteral("dateFromEdit"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(datesBox);
    m_to->setObjectName(QStringLiteral("dateToEdit"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    custom->addWidget(m_from);
    custom->addWidget(new QLabel(tr("to"), datesBox));
    custom->addWidget(m_to);
    auto *fromLabel = new QLabel(tr("&From:"), datesBox);
    fromLabel->setBuddy(m_from);
    datesForm->addRow(fromLabel, custom);
    m_zone = new QComboBox(datesBox);
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    datesForm->addRow(tr("Time &zone:"), m_zone);
    m_dateProblem = new QLabel(datesBox);
    m_dateProblem->setObjectName(QStringLiteral("dateProblemLabel"));
    m_dateProblem->setAccessibleName(tr("Problem with the dates"));
    m_dateProblem->setWordWrap(true);
    datesForm->addRow(m_dateProblem);
    layout->addWidget(datesBox);

    // Output.
    auto *outputBox = new QGroupBox(tr("O&utput"), this);
    auto *outputColumn = new QVBoxLayout(outputBox);
    auto *outputLayout = new QHBoxLayout;
    m_excelSafe = new QCheckBox(tr("E&xcel-safe"), outputBox);
    m_excelSafe->setObjectName(QStringLiteral("excelSafeCheck"));
    m_excelSafe->setToolTip(
        tr("Cells that start with =, +, - or @ get a leading apostrophe so that a spreadsheet "
           "does not run them as formulas (CSV only)."));
    m_bom = new QCheckBox(tr("&BOM for Excel"), outputBox);
    m_bom->setObjectName(QStringLiteral("bomCheck"));
    m_bom->setToolTip(
        tr("Start CSV files with a UTF-8 byte order mark so that Excel reads accents correctly."));
    outputLayout->addWidget(m_excelSafe);
    outputLayout->addWidget(m_bom);
    outputLayout->addStretch();
    outputColumn->addLayout(outputLayout);
    m_datedNames = new QCheckBox(tr("Add the date to saved file &names (calls_2026-11-30.csv)"), outputBox);
    m_datedNames->setObjectName(QStringLiteral("datedNamesCheck"));
    m_datedNames->setToolTip(
        tr("So that this week's export is saved beside last week's instead of replacing it."));
    outputColumn->addWidget(m_datedNames);
    // How far back a refresh looks for calls edited after they were exported.
    auto *lookBackRow = new QHBoxLayout;
    m_lookBack = new QSpinBox(outputBox);
    m_lookBack->setObjectName(QStringLiteral("lookBackSpin"));
    m_lookBack->setRange(0, ExportRefresh::kMaxLookBackDays);
    m_lookBack->setSuffix(tr(" days"));
    m_lookBack->setValue(controller->refreshes()->lookBackDays());
    m_lookBack->setAccessibleName(tr("Refresh look-back in days"));
    m_lookBack->setToolTip(
        tr("A refresh re-reads calls, form submissions and text messages from this many days "
           "before the newest one it holds, to catch later edits (tags, notes, lead status). "
           "0 reads only what is new."));
    auto *lookBackLabel = new QLabel(tr("Refresh &looks back:"), outputBox);
    lookBackLabel->setBuddy(m_lookBack);
    lookBackRow->addWidget(lookBackLabel);
    lookBackRow->addWidget(m_lookBack);
    lookBackRow->addStretch();
    outputColumn->addLayout(lookBackRow);
    connect(m_lookBack, &QSpinBox::valueChanged, controller->refreshes(),
            &RefreshController::setLookBackDays);
    // Said once, beside the CSV choices: Excel's own CSV import turns long numbers into numbers.
    m_excelNote = new QLabel(tr("Excel reads a phone number such as +14045550123 in a CSV file as a number "
                                "and drops the +. Save as an Excel workbook instead, which keeps it as "
                                "text, or open the CSV file with Data → From Text/CSV and set those "
                                "columns to Text."),
                             outputBox);
    m_excelNote->setObjectName(QStringLiteral("excelNoteLabel"));
    m_excelNote->setWordWrap(true);
    m_excelNote->setAccessibleName(tr("About phone numbers in Excel"));
    m_excelNote->setAccessibleDescription(m_excelNote->text());
    outputColumn->addWidget(m_excelNote);
    layout->addWidget(outputBox);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("validationLabel"));
    m_problem->setAccessibleName(tr("What stops the run from starting"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("estimateLabel"));
    m_estimate->setAccessibleName(tr("Requests this run needs"));
    m_estimate->setWordWrap(true);
    layout->addWidget(m_estimate);

    // Current values.
    m_updating = true;
    const DateWindow dates = controller->dateWindow();
    m_preset->setCurrentIndex(m_preset->findData(int(dates.preset)));
    const QDate today = DateWindow::todayIn(dates.timeZone);
    const DateRange range = dates.resolve(today);
    m_from->setDate(dates.customStart.isValid() ? dates.customStart : range.start);
    m_to->setDate(dates.customEnd.isValid() ? dates.customEnd : range.end);
    if (m_zone->findText(dates.timeZone) < 0)
        m_zone->addItem(dates.timeZone);
    m_zone->setCurrentText(dates.timeZone);
    const ExportOptions exportOptions = controller->exportOptions();
    m_excelSafe->setChecked(exportOptions.excelSafe);
    m_bom->setChecked(exportOptions.byteOrderMark);
    m_datedNames->setChecked(controller->datedFileNames());
    m_updating = false;
    fillAccounts();

    connect(m_account, &QComboBox::activated, this, [this] {
        const QString chosen = m_account->currentData().toString();
        m_controller->setAccount(chosen == QLatin1String("*") ? QString() : chosen,
                                 chosen == QLatin1String("*"));
    });
    connect(controller, &MainController::accountsChanged, this, &SelectionPanel::fillAccounts);
    connect(m_all, &QPushButton::clicked, this, [this] { m_controller->selection()->setAllChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { m_controller->selection()->setAllChecked(false); });
    connect(m_fields, &QPushButton::clicked, this, [this] { editFields(m_endpoints->currentIndex()); });
    connect(m_endpoints, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == EndpointSelectionModel::FieldsColumn)
            editFields(index);
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &SelectionPanel::pushDates);
    connect(m_from, &QDateEdit::dateChanged, this, &SelectionPanel::pushDates);
    connect(m_to, &QDateEdit::dateChanged, this, &SelectionPanel::pushDates);
    connect(m_zone, &QComboBox::currentTextChanged, this, &SelectionPanel::pushDates);
    connect(m_excelSafe, &QCheckBox::toggled, this, &SelectionPanel::pushExport);
    connect(m_bom, &QCheckBox::toggled, this, &SelectionPanel::pushExport);
    connect(m_datedNames, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            m_controller->setDatedFileNames(on);
    });
    connect(controller, &MainController::choiceChanged, this, &SelectionPanel::refresh);
    connect(m_endpoints->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SelectionPanel::refresh);

    setTabOrder(m_account, m_endpoints);
    setTabOrder(m_endpoints, m_all);
    setTabOrder(m_all, m_none);
    setTabOrder(m_none, m_fields);
    setTabOrder(m_fields, m_preset);
    setTabOrder(m_preset, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_zone);
    setTabOrder(m_zone, m_excelSafe);
    setTabOrder(m_excelSafe, m_bom);
    setTabOrder(m_bom, m_datedNames);
    setTabOrder(m_datedNames, m_lookBack);
    refresh();
}

void SelectionPanel::fillAccounts()
{
    m_updating = true;
    m_account->clear();
    const QList<AccountInfo> accounts = m_controller->accounts();
    if (accounts.isEmpty())
        m_account->addItem(tr("The key's first account"), QString());
    for (const AccountInfo &account : accounts) {
        const QString label =
            account.name.isEmpty() ? account.id : tr("%1 (%2)").arg(account.name, account.id);
        m_account->addItem(label, account.id);
    }
    if (accounts.size() > 1)
        m_account->addItem(tr("All accounts"), QStringLiteral("*"));
    int index = m_controller->allAccounts() ? m_account->findData(QStringLiteral("*"))
                                            : m_account->findData(m_controller->accountId());
    if (index < 0) {
        index = 0;
        // The remembered account is not among this key's: use the first one it has.
        m_controller->setAccount(m_account->itemData(0).toString(), false);
    }
    m_account->setCurrentIndex(index);
    m_updating = false;
    refresh();
}

void SelectionPanel::pushDates()
{
    if (m_updating)
        return;
    DateWindow window;
    window.preset = DatePreset(m_preset->currentData().toInt());
    window.timeZone = m_zone->currentText().trimmed();
    window.customStart = m_from->date();
    window.customEnd = m_to->date();
    if (window.preset != DatePreset::Custom) {
        // Show what the preset means in the date fields (read-only then).
        const DateRange range = window.resolve(DateWindow::todayIn(window.timeZone));
        m_updating = true;
        m_from->setDate(range.start);
        m_to->setDate(range.end);
        m_updating = false;
        window.customStart = {};
        window.customEnd = {};
    }
    m_controller->setDateWindow(window);
}

void SelectionPanel::pushExport()
{
    if (m_updating)
        return;
    ExportOptions options;
    options.excelSafe = m_excelSafe->isChecked();
    options.byteOrderMark = m_bom->isChecked();
    m_controller->setExportOptions(options);
}

void SelectionPanel::editFields(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString endpoint = m_controller->selection()->endpointAt(index.row());
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    if (!spec || EndpointSelectionModel::choices(*spec).isEmpty())
        return;
    FieldPickerDialog dialog(endpoint, m_controller->selection()->fields(endpoint), this);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->selection()->setFields(endpoint, dialog.chosenFields());
}

void SelectionPanel::refresh()
{
    const bool custom = m_preset->currentData().toInt() == int(DatePreset::Custom);
    m_from->setEnabled(custom && isEnabled());
    m_to->setEnabled(custom && isEnabled());
    const QString dateProblem = m_controller->dateProblem();
    setStateText(m_dateProblem, dateProblem);
    m_dateProblem->setVisible(!dateProblem.isEmpty());
    const bool csv = m_controller->saveFormat() == SaveFormat::Csv;
    m_excelSafe->setEnabled(csv);
    m_bom->setEnabled(csv);
    m_excelNote->setVisible(csv);
    const EndpointSpec *spec = EndpointCatalogue::find(m_controller->selection()->endpointAt(
        m_endpoints->currentIndex().isValid() ? m_endpoints->currentIndex().row() : -1));
    m_fields->setEnabled(spec && !EndpointSelectionModel::choices(*spec).isEmpty());

    // A date problem is said once, next to the dates.
    QString problem = m_controller->validationProblem();
    if (problem == dateProblem)
        problem.clear();
    setStateText(m_problem, problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    if (!m_controller->hasSource()) {
        setStateText(m_estimate, {});
        return;
    }
    int hour = -1;
    int day = -1;
    m_controller->budgetLeftNow(&hour, &day);
    const int rough = m_controller->roughRequestEstimate();
    QString text =
        tr("This run needs at least %n request(s) (the exact number is known once CallRail reports the "
           "totals).",
           nullptr, rough);
    if (hour >= 0)
        text +=
            QLatin1Char(' ') +
            tr("Budget left: %1 this hour, %2 today.").arg(QLocale().toString(hour), QLocale().toString(day));
    if (hour >= 0 && (rough > hour || rough > day))
        text += QLatin1Char(' ') + tr("The run will have to wait for the next budget window.");
    setStateText(m_estimate, text);
}

void SelectionPanel::setLocked(bool locked)
{
    setEnabled(!locked);
    refresh();
}

} // namespace callrail
