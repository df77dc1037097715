#include "TargetAccounts.h"

namespace callrail {

TargetAccounts TargetAccounts::choose(const QList<AccountInfo> &visible, const QString &accountId,
                                      bool allAccounts, bool onlyAccountsList)
{
    TargetAccounts chosen;
    if (allAccounts) {
        chosen.accounts = visible;
    } else if (!accountId.isEmpty()) {
        for (const AccountInfo &account : visible) {
            if (account.id == accountId)
                chosen.accounts.append(account);
        }
        if (chosen.accounts.isEmpty() && visible.size() == 1 && visible.first().name.isEmpty()) {
            chosen.accounts = visible; // the list was not fetched: trust the id given
        } else if (chosen.accounts.isEmpty()) {
            QStringList ids;
            for (const AccountInfo &account : visible)
                ids.append(account.id);
            chosen.error = tr("This API key cannot see account %1. It can see: %2.")
                               .arg(accountId, ids.join(QStringLiteral(", ")));
            return chosen;
        }
    } else if (!visible.isEmpty()) {
        chosen.accounts.append(visible.first());
        if (visible.size() > 1)
            chosen.warning =
                tr("This key can see %1 accounts; extracting the first, %2 (%3). Choose one with "
                   "--account, or all with --all-accounts.")
                    .arg(visible.size())
                    .arg(visible.first().name, visible.first().id);
    }
    if (onlyAccountsList)
        chosen.accounts.clear();
    else if (chosen.accounts.isEmpty()) {
        chosen.error = tr("This API key cannot see any account.");
    }
    return chosen;
}

} // namespace callrail
