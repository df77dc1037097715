// The leads of the imitation data set: the people its calls and form submissions name by person_id. A lead is
// kept like the small endpoints, and built from the streams' own records, so that "who the person is" joins
// up across calls, forms and leads.

#include "imitation/ImitationAccount.h"

#include "imitation/ImitationValues.h"

#include <algorithm>
#include <numeric>

namespace callrail::imitation {

namespace {

/// Form number i names nobody: CallRail's example shows the literal "anonymous" as a person_id.
bool anonymousForm(qint64 i)
{
    return i % 11 == 0;
}

} // namespace

QString personId(const ImitationAccount &acct, qint64 recordIndex)
{
    return maskedId("PER", hashOf({acct.salt, tagHash("person"), quint64(recordIndex % kPersons)}));
}

QJsonValue formPersonId(const ImitationAccount &acct, qint64 formIndex)
{
    return anonymousForm(formIndex) ? QJsonValue(QStringLiteral("anonymous"))
                                    : QJsonValue(personId(acct, formIndex));
}

void addLeads(ImitationAccount &acct, const DatasetConfig &config, const StreamTime &timeOf,
              const ImitationReadings &readings)
{
    const QString endpoint = QStringLiteral("leads");
    QList<QJsonObject> leads;
    const qint64 persons = std::min<qint64>(kPersons, std::max(config.calls, config.formSubmissions));
    for (qint64 p = 0; p < persons; ++p) {
        // Record indexes i with i % kPersons == p name person p: the first call is p itself, the first
        // form the first such index that is not anonymous.
        const qint64 call = p < config.calls ? p : -1;
        qint64 form = -1;
        for (qint64 i = p; i < config.formSubmissions && form < 0; i += kPersons) {
            if (!anonymousForm(i))
                form = i;
        }
        if (call < 0 && form < 0)
            continue;
        const qint64 callTime = call >= 0 ? timeOf(Calls, call) : 0;
        const qint64 formTime = form >= 0 ? timeOf(Forms, form) : 0;
        // The lead dates from the first record naming the person, and belongs to its company; a form says
        // who the person is better than a call (a name typed in, an email), so it gives the contact details.
        const bool formFirst = call < 0 || (form >= 0 && formTime < callTime);
        const qint64 first = formFirst ? form : call;
        const ImitationAccount::Company &co = acct.companies.at(int(first % acct.companies.size()));
        QJsonObject lead;
        lead.insert(QStringLiteral("id"), personId(acct, p));
        if (form >= 0) {
            const QJsonObject record = formRecord(acct, form, formTime, {}, readings);
            lead.insert(QStringLiteral("name"), record.value(QStringLiteral("customer_name")));
            lead.insert(QStringLiteral("phone"), record.value(QStringLiteral("customer_phone_number")));
            lead.insert(QStringLiteral("email"), record.value(QStringLiteral("customer_email")));
        } else {
            const QJsonObject record = callRecord(acct, call, callTime, {}, readings);
            lead.insert(QStringLiteral("name"), record.value(QStringLiteral("customer_name")));
            lead.insert(QStringLiteral("phone"), record.value(QStringLiteral("customer_phone_number")));
            lead.insert(QStringLiteral("email"), QJsonValue()); // a caller leaves no email address
        }
        lead.insert(QStringLiteral("created_at"), utcMillis(formFirst ? formTime : callTime));
        lead.insert(QStringLiteral("company_id"), co.id);
        lead.insert(QStringLiteral("company_name"), co.name);
        leads.append(lead);
        acct.recordCompanies[endpoint].append(QList<int>{int(first % acct.companies.size())});
    }
    QList<int> order(leads.size()); // no documented sort: the order they were made in
    std::iota(order.begin(), order.end(), 0);
    acct.records.insert(endpoint, leads);
    acct.sorted.insert(endpoint, order);
}

} // namespace callrail::imitation
