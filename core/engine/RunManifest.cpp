#include "RunManifest.h"

#include <QJsonArray>

namespace callrail {

RunManifest RunManifest::of(const ExtractionOptions &options, const QList<AccountInfo> &accounts,
                            const QList<AccountInfo> &targets, const QHash<QString, QStringList> &companies,
                            const QDate &today)
{
    RunManifest manifest;
    manifest.endpoints = options.endpoints;
    manifest.accounts = accounts;
    for (const AccountInfo &account : targets)
        manifest.targets.append(account.id);
    manifest.accountId = options.accountId;
    manifest.allAccounts = options.allAccounts;
    manifest.companies = companies;
    manifest.today = today;
    manifest.dates = options.dates;
    manifest.sliceDays = options.sliceDays;
    manifest.perPage = options.perPage;
    manifest.exportOptions = options.exportOptions;
    return manifest;
}

QJsonObject RunManifest::toJson() const
{
    QJsonArray endpointList;
    for (const EndpointSelection &s : endpoints) {
        QJsonObject selection{{QStringLiteral("name"), s.name},
                              {QStringLiteral("limit"), double(s.limit)},
                              {QStringLiteral("fields"), QJsonArray::fromStringList(s.fields)}};
        // A report's choices, so that a resumed run or a refresh asks the same reports again.
        if (!s.groupings.isEmpty())
            selection.insert(QStringLiteral("groupings"), QJsonArray::fromStringList(s.groupings));
        if (!s.interval.isEmpty())
            selection.insert(QStringLiteral("interval"), s.interval);
        endpointList.append(selection);
    }
    QJsonArray accountList;
    for (const AccountInfo &a : accounts)
        accountList.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name}});
    QJsonObject companyLists;
    for (auto it = companies.begin(); it != companies.end(); ++it)
        companyLists.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("endpoints"), endpointList},
        {QStringLiteral("accounts"), accountList},
        {QStringLiteral("targets"), QJsonArray::fromStringList(targets)},
        {QStringLiteral("accountId"), accountId},
        {QStringLiteral("allAccounts"), allAccounts},
        {QStringLiteral("companies"), companyLists},
        {QStringLiteral("today"), today.toString(Qt::ISODate)},
        {QStringLiteral("datePreset"), datePresetKey(dates.preset)},
        {QStringLiteral("customStart"), dates.customStart.toString(Qt::ISODate)},
        {QStringLiteral("customEnd"), dates.customEnd.toString(Qt::ISODate)},
        {QStringLiteral("timeZone"), dates.timeZone},
        {QStringLiteral("sliceDays"), sliceDays},
        {QStringLiteral("perPage"), perPage},
        {QStringLiteral("format"), fileExtension(exportOptions.format)},
        {QStringLiteral("excelSafe"), exportOptions.excelSafe},
        {QStringLiteral("bom"), exportOptions.byteOrderMark},
    };
}

namespace {

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

std::optional<RunManifest> RunManifest::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != kVersion)
        return std::nullopt;
    RunManifest manifest;
    for (const QJsonValue &v : json.value(QStringLiteral("endpoints")).toArray()) {
        const QJsonObject o = v.toObject();
        EndpointSelection selection{o.value(QStringLiteral("name")).toString(),
                                    qint64(o.value(QStringLiteral("limit")).toDouble()),
                                    strings(o.value(QStringLiteral("fields")))};
        selection.groupings = strings(o.value(QStringLiteral("groupings")));
        selection.interval = o.value(QStringLiteral("interval")).toString();
        manifest.endpoints.append(selection);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject o = v.toObject();
        manifest.accounts.append(AccountInfo{o.value(QStringLiteral("id")).toString(),
                                             o.value(QStringLiteral("name")).toString(), false});
    }
    manifest.targets = strings(json.value(QStringLiteral("targets")));
    manifest.accountId = json.value(QStringLiteral("accountId")).toString();
    manifest.allAccounts = json.value(QStringLiteral("allAccounts")).toBool();
    const QJsonObject companyLists = json.value(QStringLiteral("companies")).toObject();
    for (auto it = companyLists.begin(); it != companyLists.end(); ++it)
        manifest.companies.insert(it.key(), strings(it.value()));
    manifest.today = QDate::fromString(json.value(QStringLiteral("today")).toString(), Qt::ISODate);
    if (const auto preset = parseDatePreset(json.value(QStringLiteral("datePreset")).toString()))
        manifest.dates.preset = *preset;
    manifest.dates.customStart =
        QDate::fromString(json.value(QStringLiteral("customStart")).toString(), Qt::ISODate);
    manifest.dates.customEnd =
        QDate::fromString(json.value(QStringLiteral("customEnd")).toString(), Qt::ISODate);
    manifest.dates.timeZone = json.value(QStringLiteral("timeZone")).toString();
    manifest.sliceDays = json.value(QStringLiteral("sliceDays")).toInt();
    manifest.perPage = json.value(QStringLiteral("perPage")).toInt();
    if (const auto format = parseOutputFormat(json.value(QStringLiteral("format")).toString()))
        manifest.exportOptions.format = *format;
    manifest.exportOptions.excelSafe = json.value(QStringLiteral("excelSafe")).toBool(true);
    manifest.exportOptions.byteOrderMark = json.value(QStringLiteral("bom")).toBool();
    return manifest;
}

void RunManifest::applyTo(ExtractionOptions &options) const
{
    options.endpoints = endpoints;
    options.accountId = accountId;
    options.allAccounts = allAccounts;
    if (!allAccounts && accountId.isEmpty() && !targets.isEmpty())
        options.accountId = targets.first();
    options.dates.preset = dates.preset;
    options.dates.customStart = dates.customStart;
    options.dates.customEnd = dates.customEnd;
    options.dates.timeZone = dates.timeZone;
    if (sliceDays > 0)
        options.sliceDays = sliceDays;
    if (perPage > 0)
        options.perPage = perPage;
    options.exportOptions.format = exportOptions.format;
    options.exportOptions.excelSafe = exportOptions.excelSafe;
    options.exportOptions.byteOrderMark = exportOptions.byteOrderMark;
}

} // namespace callrail
