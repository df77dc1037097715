#pragma once

#include "engine/RunTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace callrail {

/// Which of the accounts a key can see a run extracts.
struct TargetAccounts
{
    Q_DECLARE_TR_FUNCTIONS(callrail::TargetAccounts)

public:
    QList<AccountInfo> accounts;
    QString error;   ///< translated; the run cannot go on
    QString warning; ///< translated; the run goes on (several accounts, the first taken)

    /// `accountId` chosen (or empty: the first), or every account. `onlyAccountsList`: the run exports only
    /// the accounts list itself, which needs no account.
    static TargetAccounts choose(const QList<AccountInfo> &visible, const QString &accountId,
                                 bool allAccounts, bool onlyAccountsList);
};

} // namespace callrail
